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
  /** The holders of each type, split once: `last` is asked at every stand-in. */
  private readonly byType = new Map<EntityType, Mention[]>();

  constructor(holders: Mention[]) {
    for (const m of holders) {
      const ofType = this.byType.get(m.entity.type);
      if (ofType) ofType.push(m);
      else this.byType.set(m.entity.type, [m]);
    }
  }

  /** The entity of `type` named last before `position`, else the first named after it. */
  last(type: EntityType, position: number): Entity | undefined {
    const ofType = this.byType.get(type) ?? [];
    for (let i = ofType.length - 1; i >= 0; i--)
      if (ofType[i].end <= position) return ofType[i].entity;
    return ofType[0]?.entity;
  }
}

interface LevelWord {
  type: string;
  word: string;
}

/** The level words by their first character's code, in the lexicon's order. */
interface LevelWordIndex {
  byFirst: Map<number, LevelWord[]>;
  /** 1 for the codes some level word starts with: most characters start none, asked first. */
  starts: Uint8Array;
}

const indexes = new WeakMap<StandInLexicon, LevelWordIndex>();

/** The lexicon's level word index, built once. */
function levelWordsByFirst(lexicon: StandInLexicon): LevelWordIndex {
  let index = indexes.get(lexicon);
  if (!index) {
    index = { byFirst: new Map(), starts: new Uint8Array(0x10000) };
    for (const [type, words] of lexicon.levelWords)
      for (const word of words) {
        if (!word) continue;
        const code = word.charCodeAt(0);
        index.byFirst.set(code, [...(index.byFirst.get(code) ?? []), { type, word }]);
        index.starts[code] = 1;
      }
    indexes.set(lexicon, index);
  }
  return index;
}

/** The stand-ins written in a sentence, as mentions. */
export function standIns(
  text: string,
  span: { start: number; end: number; index: number },
  lexicon: StandInLexicon,
  recent: Recent,
): Mention[] {
  const found: Mention[] = [];
  const { byFirst, starts } = levelWordsByFirst(lexicon);
  // One pass over the sentence: at each offset only the words that begin with its character.
  for (let at = span.start; at < span.end; at++) {
    const code = text.charCodeAt(at);
    if (!starts[code]) continue;
    for (const { type, word } of byFirst.get(code) ?? []) {
      if (at + word.length > span.end || !text.startsWith(word, at)) continue;
      if (at > span.start && WIDER_BEFORE.test(text[at - 1])) continue;
      const entity = recent.last(type as EntityType, at);
      if (entity) found.push({ entity, start: at, end: at + word.length, sentence: span.index });
    }
  }
  return found;
}
