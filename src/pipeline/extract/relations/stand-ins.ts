/**
 * Words that stand for a holder the text has named: 村里, 村集体, 全省 for the place
 * of that level named last (村集体经济收入 is the village's), 该项目 for the program.
 * Each is read as a mention of the entity it stands for.
 */
import type { Entity, EntityType } from '../../../types/graph';
import type { Mention } from './context';

export interface StandInLexicon {
  /** Words for a place of one level, by entity type (Village: 村里 全村). */
  levelWords: Map<string, string[]>;
}

/** 农村党支部, 乡村集体, 各村集体: the level word is part of a wider one. */
const WIDER_BEFORE = /[农乡各]/;

/** The holders of a document in text order, to look back from a position. */
export class Recent {
  constructor(private readonly holders: Mention[]) {}

  /** The entity of `type` named last before `position`, else the first named after it. */
  last(type: EntityType, position: number): Entity | undefined {
    const ofType = this.holders.filter((m) => m.entity.type === type);
    return (ofType.filter((m) => m.end <= position).pop() ?? ofType[0])?.entity;
  }
}

/** The stand-ins written in a sentence, as mentions. */
export function standIns(
  text: string,
  span: { start: number; end: number; index: number },
  lexicon: StandInLexicon,
  recent: Recent,
): Mention[] {
  const found: Mention[] = [];
  const slice = text.slice(span.start, span.end);
  const add = (entity: Entity | undefined, at: number, length: number) => {
    if (entity)
      found.push({
        entity,
        start: span.start + at,
        end: span.start + at + length,
        sentence: span.index,
      });
  };
  for (const [type, words] of lexicon.levelWords) {
    for (const word of words) {
      for (let at = slice.indexOf(word); at >= 0; at = slice.indexOf(word, at + 1)) {
        if (at > 0 && WIDER_BEFORE.test(slice[at - 1])) continue;
        add(recent.last(type as EntityType, span.start + at), at, word.length);
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
