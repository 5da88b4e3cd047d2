/**
 * VISITED: a person and a visiting verb (考察, 调研, 视察) in one sentence; the
 * place visited is the first place named after the person that is not the
 * outer part of a chain. The date is the sentence's own, when it gives one.
 */
import type { Relation } from '../../../types/graph';
import type { RelationContext } from './context';
import { isPlace } from './context';
import { innermost } from './chains';
import { findDates } from './dates';

export interface VisitLexicon {
  visitVerbs: string[];
}

export function findVisits(ctx: RelationContext, lexicon: VisitLexicon): Relation[] {
  const { text } = ctx.doc;
  const relations: Relation[] = [];
  for (const sentence of ctx.sentences) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const verbAt = Math.min(
      ...lexicon.visitVerbs.map((v) => sentenceText.indexOf(v)).filter((i) => i >= 0),
    );
    if (!Number.isFinite(verbAt)) continue;
    const verbEnd = sentence.start + verbAt;
    const mentions = ctx.mentionsIn(sentence.index);
    const places = innermost(text, mentions).filter((m) => isPlace(m.entity));
    const date = findDates(sentenceText, ctx.doc.meta.date).find((d) => d.start < verbAt);
    for (const person of mentions.filter((m) => m.entity.type === 'Person' && m.end <= verbEnd)) {
      const place = places.find((p) => p.start >= person.end && p.end <= verbEnd);
      if (!place) continue;
      relations.push({
        type: 'VISITED',
        head: person.entity.name,
        tail: place.entity.name,
        ...(date ? { date: date.iso } : {}),
        evidence: [ctx.evidence(sentence.start, sentence.end)],
      });
    }
  }
  return relations;
}
