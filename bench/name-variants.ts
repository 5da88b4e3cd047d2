/**
 * Deterministic name variants for copies of a report, so that every copy names
 * other people, villages and organizations and entity resolution has real work.
 * Which names to vary comes from the gold annotations (data, read at run time);
 * a variant depends only on the seed, the copy and the name, never on order.
 */
import seedrandom from 'seedrandom';
import { PLACE_TYPES, type DocumentGraph } from '../src/types/graph';

export interface VariantSources {
  /** Characters that given names are made of (from the gold persons). */
  givenNameChars: string[];
  /** Real village names of the division list, by their unit (村, 社区). */
  villages: Map<string, string[]>;
}

const VILLAGE_UNITS = ['社区', '村'];

function pick<T>(items: readonly T[], rng: () => number): T {
  return items[Math.floor(rng() * items.length)];
}

function givenName(length: number, sources: VariantSources, rng: () => number): string {
  return Array.from({ length }, () => pick(sources.givenNameChars, rng)).join('');
}

/** Person: same surname, another given name of the same length. */
function personVariant(name: string, sources: VariantSources, rng: () => number): string {
  return name[0] + givenName(name.length - 1, sources, rng);
}

/** Village: another real village of the same unit, so that the gazetteer still finds it. */
function villageVariant(name: string, sources: VariantSources, rng: () => number): string {
  const unit = VILLAGE_UNITS.find((u) => name.endsWith(u));
  const candidates = unit ? sources.villages.get(unit) : undefined;
  return candidates?.length ? pick(candidates, rng) : name;
}

/**
 * The replacements for one copy of one report: every varied name (and alias) of its
 * gold graph → its variant. Organizations change their two-character proper name
 * (富某集团 → 另某集团) unless they start with a place of the report (a 县委, a 日报),
 * which then stays as it is; aliases sharing that proper name change with it.
 */
export function variantsFor(
  graph: DocumentGraph,
  copy: number,
  seed: string,
  sources: VariantSources,
): Map<string, string> {
  const replacements = new Map<string, string>();
  const rngFor = (name: string) => seedrandom(`${seed}:${copy}:${name}`);
  const placeNames = graph.entities
    .filter((e) => (PLACE_TYPES as readonly string[]).includes(e.type))
    .flatMap((e) => [e.name, ...(e.aliases ?? [])]);
  for (const e of graph.entities) {
    const names = [e.name, ...(e.aliases ?? [])].filter((n) => n.length >= 2);
    if (e.type === 'Person') {
      for (const n of names) replacements.set(n, personVariant(n, sources, rngFor(n)));
    } else if (e.type === 'Village') {
      for (const n of names) replacements.set(n, villageVariant(n, sources, rngFor(n)));
    } else if (e.type === 'Organization') {
      if (placeNames.some((p) => e.name.startsWith(p))) continue;
      const proper = e.name.slice(0, 2);
      const other = givenName(2, sources, rngFor(proper));
      for (const n of names) if (n.startsWith(proper)) replacements.set(n, other + n.slice(2));
    }
  }
  return replacements;
}

/** Applies replacements to a text, longest names first so that no name is cut in two. */
export function applyVariants(text: string, replacements: Map<string, string>): string {
  if (!replacements.size) return text;
  const names = [...replacements.keys()].sort((a, b) => b.length - a.length);
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.replace(new RegExp(escaped.join('|'), 'g'), (m) => replacements.get(m) ?? m);
}
