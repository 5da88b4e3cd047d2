/**
 * The Neo4j labels of an entity type. Every place type also carries `Place`, whose
 * uniqueness constraint spans them all, so places are matched by `Place`.
 */
import { PLACE_TYPES, type EntityType, type PlaceType } from '../types/graph';

/** The label an entity is matched by: `Place` (unique key across place types) or its own type. */
export type MatchLabel = 'Place' | Exclude<EntityType, PlaceType>;

const PLACE: readonly string[] = PLACE_TYPES;

export const isPlaceType = (type: string): type is PlaceType => PLACE.includes(type);

export function matchLabel(type: EntityType): MatchLabel {
  return isPlaceType(type) ? 'Place' : type;
}

/** The labels a node of this type carries. */
export function labelsOf(type: EntityType): string[] {
  return isPlaceType(type) ? [type, 'Place'] : [type];
}
