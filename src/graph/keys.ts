/**
 * The key an entity is known by across the corpus: a linked place by its division
 * code, anything else by type and canonical name. The loader MERGEs nodes on it,
 * resolution and analysis group entities by it, so one key means one node.
 */
import { PLACE_TYPES, type Entity } from '../types/graph';

const isPlace = (type: Entity['type']) => (PLACE_TYPES as readonly string[]).includes(type);

export function entityKey(e: Pick<Entity, 'type' | 'name' | 'adminCode'>): string {
  return isPlace(e.type) && e.adminCode ? `place:${e.adminCode}` : `${e.type}:${e.name}`;
}
