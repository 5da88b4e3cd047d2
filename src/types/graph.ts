/**
 * The extraction output format of `shared/spec/ontology.md`: one file per document,
 * read by the scorer, the loader and the offline analytics alike.
 */

export const PLACE_TYPES = ['Province', 'City', 'County', 'Township', 'Village'] as const;
export const ENTITY_TYPES = [
  ...PLACE_TYPES,
  'Person',
  'Organization',
  'Program',
  'Event',
  'Year',
] as const;
export const RELATION_TYPES = [
  'HOLDS_POSITION',
  'LOCATED_IN',
  'COOPERATES_WITH',
  'VISITED',
  'PARTICIPATED_IN',
  'IMPLEMENTS',
  'OCCURRED_IN',
  'HELD_IN',
] as const;

export type PlaceType = (typeof PLACE_TYPES)[number];
export type EntityType = (typeof ENTITY_TYPES)[number];
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * Where a mention or a piece of evidence sits: `start`/`end` are offsets into the
 * original decoded text, `textStart`/`textEnd` into the normalized text of the
 * document record.
 */
export interface Evidence {
  doc: string;
  sentence: number;
  start: number;
  end: number;
  textStart: number;
  textEnd: number;
}

export interface Entity {
  type: EntityType;
  /** Canonical name in simplified script (浙江 → 浙江省). */
  name: string;
  /** Other surface forms seen in the text. */
  aliases?: string[];
  /** Unpadded national division code, for places that could be told apart. */
  adminCode?: string;
  /** Former names of a renamed unit the text uses (奉化市, now 奉化区); also in `aliases`. */
  formerNames?: string[];
  required?: boolean;
  mentions?: Evidence[];
}

export interface Relation {
  type: RelationType;
  head: string;
  tail: string;
  title?: string;
  via?: string;
  date?: string;
  role?: string;
  /** HOLDS_POSITION: held at the article's date, left before it, or proposed (任前公示). */
  status?: 'current' | 'former' | 'designate';
  /** HOLDS_POSITION: year or ISO date the post was taken up / left, as the text gives it. */
  since?: string;
  until?: string;
  required?: boolean;
  evidence?: Evidence[];
}

export interface Fact {
  subject: string;
  metric: string;
  value: number;
  unit: string;
  year?: number;
  approx?: boolean;
  required?: boolean;
  evidence?: Evidence[];
}

export interface DocumentGraph {
  doc: string;
  entities: Entity[];
  relations: Relation[];
  facts: Fact[];
}
