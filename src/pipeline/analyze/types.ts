/**
 * The records the analytics work on. Both sources (extraction output on disk,
 * the loaded graph in Neo4j) are read into one `AnalysisInput`, and every
 * projection is built from that, so the algorithms never care where the graph
 * came from.
 */
import type { EntityType, RelationType } from '../../types/graph';

/** An entity node, identified by the key the loader MERGEs on (`entityKey`). */
export interface EntityRecord {
  key: string;
  type: EntityType;
  name: string;
}

/** One relation between two entities, by key; `via` is kept for cooperation ties. */
export interface RelationRecord {
  type: RelationType;
  source: string;
  target: string;
  via?: string;
}

/** An entity named in a sentence of a document (co-mention evidence). */
export interface MentionRecord {
  key: string;
  doc: string;
  sentence: number;
}

/**
 * Records read in order: an array, or a table that keeps them as columns of
 * numbers (`input/record-tables.ts`) and makes each record as it is read.
 */
export interface RecordList<T> extends Iterable<T> {
  readonly length: number;
}

export interface AnalysisInput {
  entities: EntityRecord[];
  relations: RecordList<RelationRecord>;
  /**
   * Sentence-level mentions. Sources without sentence evidence give the
   * documents an entity appears in with `sentence: -1` (document-level only).
   */
  mentions: RecordList<MentionRecord>;
}

/** Node attributes of every projection. */
export interface NodeAttributes {
  key: string;
  type: EntityType;
  name: string;
}

/**
 * Edge attributes. `weight` is the strength of the tie (relations counted, or
 * shared sentences and documents); `relations` counts the relation types behind
 * it, `via` the named forms of cooperation; co-mention edges count `sentences`
 * and `documents` shared.
 */
export interface EdgeAttributes {
  weight: number;
  relations: Partial<Record<RelationType, number>>;
  via: string[];
  sentences: number;
  documents: number;
}

export const PROJECTIONS = ['entity', 'cooperation', 'person-place-program', 'co-mention'] as const;
export type ProjectionName = (typeof PROJECTIONS)[number];
