/**
 * The division hierarchy from the gazetteer: every linked place is LOCATED_IN its
 * parent, up to the province, whether or not an article says so. Ancestors that no
 * article names become Place nodes of their own. These edges are marked
 * `gazetteer: true` and carry no article of their own.
 */
import type { Division } from '../../gazetteer/gazetteer';
import { entityKey } from '../../graph/keys';
import { relationshipKey, type EntityRow, type RelationshipRow } from './model';

/**
 * What the loader needs of the division list: `divisionHierarchy()` gives it
 * (the levels above the village only), and so does the whole gazetteer.
 */
export interface Hierarchy {
  /** The division's ancestors, nearest first; none for a code outside the list. */
  ancestors(code: string): Division[];
}

export interface HierarchyRows {
  /** The ancestors of the linked places, as nodes. */
  places: EntityRow[];
  /** One LOCATED_IN per place and parent. */
  relationships: RelationshipRow[];
}

export function hierarchyRows(entities: EntityRow[], hierarchy: Hierarchy): HierarchyRows {
  const places = new Map<string, EntityRow>();
  const relationships = new Map<string, RelationshipRow>();
  for (const entity of entities) {
    if (!entity.adminCode) continue;
    let child = entityKey(entity);
    for (const parent of hierarchy.ancestors(entity.adminCode)) {
      const key = entityKey({ type: parent.type, name: parent.name, adminCode: parent.code });
      places.set(key, { key, type: parent.type, name: parent.name, adminCode: parent.code });
      const edge = locatedIn(child, key);
      relationships.set(edge.key, edge);
      child = key;
    }
  }
  return { places: [...places.values()], relationships: [...relationships.values()] };
}

function locatedIn(head: string, tail: string): RelationshipRow {
  return {
    key: relationshipKey('LOCATED_IN', head, tail),
    type: 'LOCATED_IN',
    head,
    headLabel: 'Place',
    tail,
    tailLabel: 'Place',
    props: {},
    gazetteer: true,
    articles: [],
    quoteArticles: [],
    quoteSentences: [],
    quotes: [],
  };
}
