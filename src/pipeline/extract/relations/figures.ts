/**
 * Figures: a number with its counting unit (党员184名, 1.3万余名, 一家7口人), found
 * in one clause. Numbers that only look like statistics are passed over: part of
 * a name, an address (小区2栋, 10幢2单元) or a range (3-4个, 300至400元), a bare
 * 百/千 that is a word (千亩产业园, 百米外), a count pointed back at (这7人, 其余6人),
 * an allotment (每人5斤), a dimension (长800米), a count of one (1条), and small
 * numbers written in words (一个, 两省).
 */
import type { Mention } from './context';
import { NUMBER, numberValue, startsNumber } from './numbers';

export interface FigureLexicon {
  /** Counting units, longest first; "口人=人" writes 口人 and records 人. */
  units: string[];
  approxBefore: string[];
  approxAfter: string[];
}

export interface Figure {
  start: number;
  end: number;
  value: number;
  unit: string;
  approx: boolean;
}

/** Below this, a number in Chinese numerals is a word, not a statistic (一个, 两省). */
const MIN_CHINESE_VALUE = 10;
/** Words after 个 that make it a duration (4个多小时, 3个月). */
const DURATION_AFTER = /^(多)?(小时|月|工作日|星期|钟头)/;
/**
 * A place word alone names rather than counts (千亩产业园, 百名好支书, 百米外) unless
 * a word of size comes first (近百名, 上千人) or it counts with the plain 个.
 */
const BARE_PLACE_WORD = /^[百千]$/;
const SIZE_BEFORE = /[近上数逾约超]$/;
/** What joins the two ends of a range (3-4个, 300至400元). */
const RANGE_MARK = /^[-－—~～至到]/;
const RANGE_BEFORE = /[\d十百千万亿][\p{Script=Han}%％]{0,2}[-－—~～至]$/u;
/** A count that points back to people or things just named (这7人, 其余6人). */
const POINTED = /(这|那|其余|其他|另外)$/;
/** The length or width of one thing (修建了一条长800米的渠; not 增长): a dimension, not a statistic. */
const DIMENSION_BEFORE = /(?<![增成延生助])[长宽]约?$/;
const LENGTH_UNITS = new Set(['米', '公里', '千米']);
/** What each one gets (每人5斤肉、2斤米): an allotment, not a statistic. */
const PER_HEAD = /每(人|户)/;
/** Building units written after an estate or another address part (某小区2栋, 10幢2单元). */
const ADDRESS_UNITS = new Set(['栋', '幢']);
const ADDRESS_BEFORE = /[区苑院号楼]$/;
const ADDRESS_AFTER = /^(\d+|[一二三四五六七八九十]+)(单元|号|室|层|楼)/;

/** The figures of text[start, end), none inside a mention (a name or a date). */
export function figuresIn(
  text: string,
  start: number,
  end: number,
  lexicon: FigureLexicon,
  mentions: Mention[],
): Figure[] {
  const found: Figure[] = [];
  for (let at = start; at < end; at++) {
    // A cheap test of the character before the regular expression.
    if (!startsNumber(text.charCodeAt(at))) continue;
    if (at > start && /[\d.第]/.test(text[at - 1])) continue;
    NUMBER.lastIndex = at;
    const m = NUMBER.exec(text);
    if (!m) continue;
    let cursor = at + m[0].length;
    const after = lexicon.approxAfter.find((w) => text.startsWith(w, cursor));
    if (after) cursor += after.length;
    // "300多万元": the multiplier may follow 多.
    const multiplier = m[2] ?? (/[万亿]/.test(text[cursor]) ? text[cursor++] : undefined);
    const { unit, written } = unitAt(text, cursor, lexicon) ?? {};
    const value = numberValue(m[1], multiplier);
    at = cursor - 1;
    if (!unit || !written || value === undefined || cursor + written.length > end) continue;
    const figureEnd = cursor + written.length;
    const before = text.slice(Math.max(start, m.index - 4), m.index);
    const approx = Boolean(after) || lexicon.approxBefore.some((w) => before.endsWith(w));
    at = figureEnd - 1;
    if (!/^\d/.test(m[1]) && !multiplier && value < MIN_CHINESE_VALUE) continue;
    if (
      BARE_PLACE_WORD.test(m[1]) &&
      !multiplier &&
      !after &&
      unit !== '个' &&
      !SIZE_BEFORE.test(before)
    )
      continue;
    if (mentions.some((e) => e.start < cursor && e.end > m.index)) continue;
    if (notAFigure(text, m.index, cursor, written, before)) continue;
    if (PER_HEAD.test(text.slice(start, m.index))) continue;
    if (value === 1 && unit !== '%') continue;
    if (LENGTH_UNITS.has(unit) && DIMENSION_BEFORE.test(before)) continue;
    found.push({ start: m.index, end: figureEnd, value, unit: unitRecorded(unit), approx });
  }
  return found;
}

/** Shapes that read like a statistic but are a duration, an address, a range or a pointer. */
function notAFigure(
  text: string,
  start: number,
  unitStart: number,
  unit: string,
  before: string,
): boolean {
  const rest = text.slice(unitStart + unit.length, unitStart + unit.length + 8);
  if (unit === '个' && DURATION_AFTER.test(rest)) return true;
  if (unit === '单' && rest.startsWith('元')) return true;
  if (ADDRESS_UNITS.has(unit) && (ADDRESS_BEFORE.test(before) || ADDRESS_AFTER.test(rest)))
    return true;
  if (RANGE_MARK.test(rest) && /^[\d一二三四五六七八九十百千]/.test(rest.slice(1))) return true;
  return RANGE_BEFORE.test(before) || POINTED.test(text.slice(Math.max(0, start - 2), start));
}

interface Unit {
  /** As the lexicon has it (口人=人). */
  unit: string;
  /** As the text writes it (口人). */
  written: string;
}

const unitIndexes = new WeakMap<FigureLexicon, Map<number, Unit[]>>();

/**
 * The lexicon's units by the first character of their written form, each list in the
 * lexicon's order (longest first), built once: asked at every number.
 */
function unitsByFirst(lexicon: FigureLexicon): Map<number, Unit[]> {
  let index = unitIndexes.get(lexicon);
  if (!index) {
    index = new Map();
    for (const unit of lexicon.units) {
      const recordedFrom = unit.indexOf('=');
      const written = recordedFrom < 0 ? unit : unit.slice(0, recordedFrom);
      const code = written.charCodeAt(0);
      index.set(code, [...(index.get(code) ?? []), { unit, written }]);
    }
    unitIndexes.set(lexicon, index);
  }
  return index;
}

/** The first unit of the lexicon written at `at`. */
function unitAt(text: string, at: number, lexicon: FigureLexicon): Unit | undefined {
  for (const unit of unitsByFirst(lexicon).get(text.charCodeAt(at)) ?? [])
    if (text.startsWith(unit.written, at)) return unit;
  return undefined;
}

const unitRecorded = (unit: string) => {
  const recorded = unit.split('=').pop() ?? unit;
  return recorded === '％' ? '%' : recorded;
};
