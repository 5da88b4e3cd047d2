/**
 * One person per person across reports. Namesakes are common (every county has a
 * 王伟), so a name alone does not make one person. Within a document a name is one
 * person (the spec); across documents, mentions of a name are the same person when
 * they share a tie:
 *
 * - a post (HOLDS_POSITION) in the same county: any place whose division code
 *   starts with the county's six digits (a village, a town, the county itself);
 * - a post at the same city or province (a code shorter than six digits);
 * - a post at the same organization, or at the same place not linked to a code.
 *
 * Ties chain: A and B share a county, B and C an organization, so A, B and C are
 * one person. A mention with no tie joins the name's only tied person, and stays
 * with the name alone when there are several (nothing says which). The result
 * depends only on the set of mentions, not on the order reports come in, so a
 * later report that ties two namesakes merges them, and one that is replaced
 * without the tie splits them again.
 *
 * Keys: `Person:<name>` while the corpus knows one person of that name;
 * `Person:<name>@<tie>` (its smallest tie) for each when it knows several, and
 * `Person:<name>` for the mentions without a tie.
 */
import { entityKey } from './keys';
import { PLACE_TYPES, type DocumentGraph, type Entity, type EntityType } from '../types/graph';

/** A name's mention in one article, with what ties it to mentions elsewhere. */
export interface PersonMention {
  article: string;
  name: string;
  ties: string[];
}

const BODY_TYPES: readonly EntityType[] = [...PLACE_TYPES, 'Organization'];
const COUNTY_CODE_LENGTH = 6;

/** What ties a post's body to others: its county, else the body itself. */
export function bodyTie(body: Pick<Entity, 'type' | 'name' | 'adminCode'>): string {
  const code = body.adminCode;
  if (code && (PLACE_TYPES as readonly string[]).includes(body.type)) {
    return code.length >= COUNTY_CODE_LENGTH
      ? `county:${code.slice(0, COUNTY_CODE_LENGTH)}`
      : `place:${code}`;
  }
  return entityKey(body);
}

/** The ties of every person a document names (sorted), by name; persons without a post get []. */
export function personTies(
  graph: Pick<DocumentGraph, 'entities' | 'relations'>,
): Map<string, string[]> {
  const ties = new Map<string, Set<string>>();
  for (const e of graph.entities) if (e.type === 'Person') ties.set(e.name, new Set());
  const bodies = graph.entities.filter((e) => BODY_TYPES.includes(e.type));
  const bodyNamed = (name: string) =>
    bodies.find((e) => e.name === name) ?? bodies.find((e) => e.aliases?.includes(name));
  for (const r of graph.relations) {
    if (r.type !== 'HOLDS_POSITION') continue;
    const person = ties.get(r.head);
    const body = bodyNamed(r.tail);
    if (person && body) person.add(bodyTie(body));
  }
  return new Map([...ties].map(([name, set]) => [name, [...set].sort()]));
}

export function personMentions(
  graph: Pick<DocumentGraph, 'doc' | 'entities' | 'relations'>,
): PersonMention[] {
  return [...personTies(graph)].map(([name, ties]) => ({ article: graph.doc, name, ties }));
}

/** `article`, `name` → one lookup key. */
export const mentionId = (article: string, name: string) => `${article}\u0000${name}`;

/** The Person key of every mention (by `mentionId`), the mentions of each name clustered by ties. */
export function personKeys(mentions: Iterable<PersonMention>): Map<string, string> {
  const byName = new Map<string, PersonMention[]>();
  for (const m of mentions) {
    const group = byName.get(m.name);
    if (group) group.push(m);
    else byName.set(m.name, [m]);
  }
  const keys = new Map<string, string>();
  for (const [name, group] of byName) {
    for (const [id, key] of clusterName(name, group)) keys.set(id, key);
  }
  return keys;
}

function clusterName(name: string, mentions: PersonMention[]): Map<string, string> {
  const base = entityKey({ type: 'Person', name });
  // Union-find over ties: each tie's root is the smallest tie it is connected to.
  const parent = new Map<string, string>();
  const find = (t: string): string => {
    let root = t;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(t, root);
    return root;
  };
  for (const m of mentions) {
    for (const t of m.ties) if (!parent.has(t)) parent.set(t, t);
    for (const t of m.ties.slice(1)) {
      const [a, b] = [find(m.ties[0]), find(t)];
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const roots = new Set([...parent.keys()].map(find));
  const keyOf = (m: PersonMention): string => {
    if (m.ties.length) return roots.size === 1 ? base : `${base}@${find(m.ties[0])}`;
    return base;
  };
  return new Map(mentions.map((m) => [mentionId(m.article, m.name), keyOf(m)]));
}

/** The Person keys of a whole corpus (the export's view; the loader gets the same from the database). */
export function corpusPersonKeys(
  graphs: Iterable<Pick<DocumentGraph, 'doc' | 'entities' | 'relations'>>,
): Map<string, string> {
  const mentions: PersonMention[] = [];
  for (const g of graphs) mentions.push(...personMentions(g));
  return personKeys(mentions);
}
