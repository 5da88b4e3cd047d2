/**
 * Turns mentions into the entities of one document: one entity per (type,
 * canonical name), the other surface forms as aliases, every mention kept as
 * evidence pointing into the original text.
 */
import type { NormalizedDocument } from '../../types/document';
import type { Entity, EntityType } from '../../types/graph';

export interface EntityMention {
  type: EntityType;
  /** Offsets into the normalized text. */
  start: number;
  end: number;
  surface: string;
  name: string;
  adminCode?: string;
}

export function assembleEntities(
  doc: NormalizedDocument,
  mentions: EntityMention[],
  sentenceOf: (offset: number) => number,
): Entity[] {
  const byKey = new Map<string, Entity>();
  const seen = new Set<string>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const spanKey = `${m.type}|${m.start}|${m.end}`;
    if (seen.has(spanKey)) continue;
    seen.add(spanKey);
    const key = `${m.type}|${m.name}`;
    let entity = byKey.get(key);
    if (!entity) {
      entity = { type: m.type, name: m.name, aliases: [], mentions: [] };
      byKey.set(key, entity);
    }
    if (m.adminCode && !entity.adminCode) entity.adminCode = m.adminCode;
    if (m.surface !== m.name && !entity.aliases?.includes(m.surface)) entity.aliases?.push(m.surface);
    entity.mentions?.push({ doc: doc.name, sentence: sentenceOf(m.start), start: m.start, end: m.end });
  }
  return [...byKey.values()];
}
