/**
 * Turns mentions into the entities of one document: one entity per (type,
 * canonical name), the other surface forms as aliases, every mention kept as
 * evidence pointing into the original text.
 */
import type { NormalizedDocument } from '../../types/document';
import type { Entity, EntityType, Evidence } from '../../types/graph';
import { toOriginalSpan } from '../ingest/offsets';

/** Evidence for the normalized-text span `[start, end)`, pointing into the original too. */
export function evidenceOf(
  doc: NormalizedDocument,
  start: number,
  end: number,
  sentenceOf: (offset: number) => number,
): Evidence {
  const original = toOriginalSpan(doc, start, end);
  return {
    doc: doc.name,
    sentence: sentenceOf(start),
    start: original.start,
    end: original.end,
    textStart: start,
    textEnd: end,
  };
}

export interface EntityMention {
  type: EntityType;
  /** Offsets into the normalized text. */
  start: number;
  end: number;
  surface: string;
  name: string;
  adminCode?: string;
  /** A place's former name, as the text writes it (奉化市 for 奉化区). */
  former?: string;
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
    if (m.surface !== m.name && !entity.aliases?.includes(m.surface))
      entity.aliases?.push(m.surface);
    if (m.former && !entity.formerNames?.includes(m.former)) {
      entity.formerNames = [...(entity.formerNames ?? []), m.former];
    }
    entity.mentions?.push(evidenceOf(doc, m.start, m.end, sentenceOf));
  }
  return [...byKey.values()];
}
