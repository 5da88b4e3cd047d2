/**
 * Scores extraction output against gold annotations exactly as the project's
 * reference scorer does (spec "Scoring"): per document, micro-averaged, per type;
 * names compared after NFKC, without white space and quotation marks, in
 * simplified script.
 */
import * as OpenCC from 'opencc-js';
import type { DocumentGraph, Relation } from '../../types/graph';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const PLACES = new Set(['Province', 'City', 'County', 'Township', 'Village']);

export function normalizeName(name: unknown): string {
  return toSimplified(
    String(name ?? '')
      .normalize('NFKC')
      .replace(/[\s“”‘’「」『』《》"'〈〉]/g, ''),
  );
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Row extends Tally {
  p: number;
  r: number;
  f1: number;
}

export interface Score {
  rows: Record<string, Row>;
  linkAccuracy: number | null;
  titleAccuracy: number | null;
  factYearAccuracy: number | null;
  misses: string[];
}

type Graph = Pick<DocumentGraph, 'entities' | 'relations' | 'facts'>;

const ratio = (a: number, b: number) => (b ? a / b : 0);

function toRow(t: Tally): Row {
  const p = ratio(t.tp, t.tp + t.fp);
  const r = ratio(t.tp, t.tp + t.fn);
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const round = (x: number) => +x.toFixed(3);
  return { ...t, p: round(p), r: round(r), f1: round(f1) };
}

/** Scores pairs of (document name, gold, prediction); a missing prediction counts as empty. */
export function score(pairs: { doc: string; gold: Graph; pred?: Graph }[]): Score {
  const tallies = new Map<string, Tally>();
  const tally = (k: string) => tallies.get(k) ?? tallies.set(k, { tp: 0, fp: 0, fn: 0 }).get(k)!;
  const misses: string[] = [];
  const counts = { link: [0, 0], title: [0, 0], year: [0, 0] };

  for (const pair of pairs) {
    const { doc, gold } = pair;
    const pred = pair.pred ?? { entities: [], relations: [], facts: [] };
    if (!pair.pred) misses.push(`${doc} no prediction file`);
    const byTypeName = new Map<string, number>();
    const byName = new Map<string, number>();
    gold.entities.forEach((e, i) => {
      for (const n of [e.name, ...(e.aliases ?? [])]) {
        byTypeName.set(`${e.type}|${normalizeName(n)}`, i);
        if (!byName.has(normalizeName(n))) byName.set(normalizeName(n), i);
      }
    });
    const canon = (name: string) => {
      const i = byName.get(normalizeName(name));
      return i === undefined ? `?${normalizeName(name)}` : normalizeName(gold.entities[i].name);
    };

    const matched = new Set<number>();
    const seen = new Set<string>();
    for (const e of pred.entities) {
      const key = `${e.type}|${normalizeName(e.name)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const i = byTypeName.get(key);
      const t = tally(`entity:${e.type}`);
      if (i === undefined) {
        t.fp++;
        tally('entity:ALL').fp++;
        misses.push(`${doc} FP entity ${e.type} ${e.name}`);
        continue;
      }
      const g = gold.entities[i];
      if (matched.has(i)) continue;
      matched.add(i);
      if (g.required === false) continue;
      t.tp++;
      tally('entity:ALL').tp++;
      if (PLACES.has(g.type) && g.adminCode) {
        counts.link[1]++;
        if (String(e.adminCode ?? '') === String(g.adminCode)) counts.link[0]++;
        else misses.push(`${doc} LINK ${g.name} gold=${g.adminCode} pred=${e.adminCode ?? '-'}`);
      }
    }
    gold.entities.forEach((g, i) => {
      if (g.required === false || matched.has(i)) return;
      tally(`entity:${g.type}`).fn++;
      tally('entity:ALL').fn++;
      misses.push(`${doc} FN entity ${g.type} ${g.name}`);
      if (PLACES.has(g.type) && g.adminCode) counts.link[1]++;
    });

    const codeOf = new Map(
      gold.entities
        .filter((e) => e.adminCode)
        .map((e) => [normalizeName(e.name), String(e.adminCode)]),
    );
    const relKey = (r: Relation) => {
      let h = canon(r.head);
      let t = canon(r.tail);
      if (r.type === 'COOPERATES_WITH' && h > t) [h, t] = [t, h];
      return `${r.type}|${h}|${t}`;
    };
    const goldRels = new Map(gold.relations.map((r) => [relKey(r), r]));
    const predRels = new Map<string, Relation>();
    for (const r of pred.relations) if (!predRels.has(relKey(r))) predRels.set(relKey(r), r);
    for (const [k, r] of predRels) {
      const t = tally(`relation:${r.type}`);
      const g = goldRels.get(k);
      if (g) {
        if (g.required === false) continue;
        t.tp++;
        tally('relation:ALL').tp++;
        if (r.type === 'HOLDS_POSITION' && g.title) {
          counts.title[1]++;
          const a = normalizeName(g.title);
          const b = normalizeName(r.title);
          if (b && (a.includes(b) || b.includes(a))) counts.title[0]++;
          else
            misses.push(`${doc} TITLE ${g.head}→${g.tail} gold=${g.title} pred=${r.title ?? '-'}`);
        }
        continue;
      }
      if (r.type === 'LOCATED_IN') {
        const hc = codeOf.get(canon(r.head));
        const tc = codeOf.get(canon(r.tail));
        if (hc && tc && hc !== tc && hc.startsWith(tc)) continue;
      }
      t.fp++;
      tally('relation:ALL').fp++;
      misses.push(`${doc} FP rel ${r.type} ${r.head}→${r.tail}`);
    }
    for (const [k, g] of goldRels) {
      if (predRels.has(k) || g.required === false) continue;
      tally(`relation:${g.type}`).fn++;
      tally('relation:ALL').fn++;
      misses.push(`${doc} FN rel ${g.type} ${g.head}→${g.tail}`);
    }

    const factKey = (f: { subject: string; value: number; unit: string }) =>
      `${canon(f.subject)}|${Number(f.value)}|${normalizeName(f.unit)}`;
    const goldFacts = new Map(gold.facts.map((f) => [factKey(f), f]));
    const predFacts = new Map(pred.facts.map((f) => [factKey(f), f]));
    const ft = tally('facts');
    for (const [k, f] of predFacts) {
      const g = goldFacts.get(k);
      if (!g) {
        ft.fp++;
        misses.push(`${doc} FP fact ${f.subject} ${f.value}${f.unit}`);
        continue;
      }
      if (g.required === false) continue;
      ft.tp++;
      if (g.year !== undefined) {
        counts.year[1]++;
        if (String(f.year) === String(g.year)) counts.year[0]++;
      }
    }
    for (const [k, g] of goldFacts) {
      if (!predFacts.has(k) && g.required !== false) {
        ft.fn++;
        misses.push(`${doc} FN fact ${g.subject} ${g.metric} ${g.value}${g.unit}`);
      }
    }
  }
  const accuracy = ([right, total]: number[]) => (total ? +(right / total).toFixed(3) : null);
  return {
    rows: Object.fromEntries(
      [...tallies].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, t]) => [k, toRow(t)]),
    ),
    linkAccuracy: accuracy(counts.link),
    titleAccuracy: accuracy(counts.title),
    factYearAccuracy: accuracy(counts.year),
    misses,
  };
}
