/**
 * PARTICIPATED_IN beyond the title chain: a person written as "X代表" is a
 * delegate of the congress the document is about (its most mentioned event
 * whose name marks a congress); a person in a sentence that says they took
 * part (参加, 出席, 主持) in a named event participated in it, and so in the
 * events named just before when the sentence only says 会议 (…参加会议).
 */
import type { Entity, Relation } from '../../../types/graph';
import type { Mention, RelationContext } from './context';
import { holdsAnyWord } from './word-gate';

/** A meeting named before, referred to by a common noun. */
const THE_MEETING = /会议|大会|会上/;

export interface ParticipationLexicon {
  delegateWords: string[];
  congressMarkers: string[];
  /** Verbs of taking part, each with the role it gives (参加 → 参加者). */
  participationVerbs: string[];
}

export function findParticipation(ctx: RelationContext, lexicon: ParticipationLexicon): Relation[] {
  const { text } = ctx.doc;
  const relations: Relation[] = [];
  const congress = mainCongress(ctx, lexicon.congressMarkers);
  const persons = ctx.mentions.filter((m) => m.entity.type === 'Person');
  for (const person of persons) {
    const word = lexicon.delegateWords.find((w) => text.startsWith(w, person.end));
    if (!congress || !word) continue;
    relations.push(participation(ctx, person, congress, '代表', person.end + word.length));
  }
  // The events a later 会议/会上 refers back to: those of the last sentence that named any.
  let recentEvents: Entity[] = [];
  for (const sentence of ctx.sentences) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const mentions = ctx.mentionsIn(sentence.index);
    const named = mentions.filter((m) => m.entity.type === 'Event').map((m) => m.entity);
    const verb = holdsAnyWord(text, sentence.start, sentence.end, lexicon.participationVerbs)
      ? lexicon.participationVerbs.find((v) => sentenceText.includes(v))
      : undefined;
    if (verb) {
      const verbAt = sentence.start + sentenceText.indexOf(verb);
      const event = mentions.find((m) => m.entity.type === 'Event' && m.start > verbAt);
      const events = event
        ? [event.entity]
        : named.length === 0 && THE_MEETING.test(sentenceText)
          ? recentEvents
          : [];
      for (const person of mentions.filter((m) => m.entity.type === 'Person'))
        for (const e of events) relations.push(participation(ctx, person, e, verb, sentence.end));
    }
    if (named.length) recentEvents = [...new Set(named)];
  }
  return relations;
}

function participation(
  ctx: RelationContext,
  person: Mention,
  event: Entity,
  role: string,
  end: number,
): Relation {
  return {
    type: 'PARTICIPATED_IN',
    head: person.entity.name,
    tail: event.name,
    role,
    evidence: [ctx.evidence(person.start, end)],
  };
}

/** The congress the document is about: the most mentioned event named as one. */
function mainCongress(ctx: RelationContext, markers: string[]): Entity | undefined {
  const congresses = ctx.graph.entities.filter(
    (e) => e.type === 'Event' && markers.some((m) => e.name.includes(m)),
  );
  return congresses.sort((a, b) => (b.mentions?.length ?? 0) - (a.mentions?.length ?? 0))[0];
}
