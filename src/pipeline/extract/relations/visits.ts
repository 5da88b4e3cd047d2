/**
 * VISITED: a person and a visiting verb (考察, 调研, 视察, 来到) in one sentence; the
 * place visited is the first place named after the person that is not the
 * outer part of a chain, before the verb (X到Y考察) or else right after it in
 * its clause (X考察Y). A visit told in the first person (我去某镇调研) is the
 * speaker's, named after the quote (…”张三说). The date is the sentence's own, when it gives one.
 */
import type { Entity, Relation } from '../../../types/graph';
import type { RelationContext } from './context';
import { isPlace } from './context';
import { innermost } from './chains';
import { findDates } from './dates';
import { clauses, within } from './clauses';
import { onlySpeaks } from './topics';
import { holdsAnyWord } from './word-gate';

export interface VisitLexicon {
  visitVerbs: string[];
}

/** 我 as a speaker's own self, not 我们/我省/我市 (a body). */
const FIRST_PERSON = /我(?![们省市县区镇乡村国])/;
/** How many sentences on a quote may run before its speaker is named. */
const QUOTE_REACH = 3;

/** The person a quote is credited to: the first one followed by 说/介绍 in the next sentences. */
function speakerAfter(ctx: RelationContext, position: number): Entity | undefined {
  for (const sentence of ctx.sentences.slice(position, position + QUOTE_REACH)) {
    const speaker = ctx
      .mentionsIn(sentence.index)
      .find((m) => m.entity.type === 'Person' && onlySpeaks(ctx.doc.text, m));
    if (speaker) return speaker.entity;
  }
  return undefined;
}

export function findVisits(ctx: RelationContext, lexicon: VisitLexicon): Relation[] {
  const { text } = ctx.doc;
  const relations: Relation[] = [];
  for (const [position, sentence] of ctx.sentences.entries()) {
    if (!holdsAnyWord(text, sentence.start, sentence.end, lexicon.visitVerbs)) continue;
    const sentenceText = text.slice(sentence.start, sentence.end);
    const verbAt = Math.min(
      ...lexicon.visitVerbs.map((v) => sentenceText.indexOf(v)).filter((i) => i >= 0),
    );
    if (!Number.isFinite(verbAt)) continue;
    const verbEnd = sentence.start + verbAt;
    const mentions = ctx.mentionsIn(sentence.index);
    // A place that opens an organization's name counts too (…去某镇某合作社调研).
    const places = innermost(text, mentions)
      .flatMap((m) => (m.entity.type === 'Organization' ? ctx.nestedIn(m) : [m]))
      .filter((m) => isPlace(m.entity));
    const date = findDates(sentenceText, ctx.doc.meta.date).find((d) => d.start < verbAt);
    // X到Y考察: the place between person and verb; X考察Y: the first place after the verb in its clause.
    const verbClause = clauses(text, sentence.start, sentence.end).find(
      (c) => c.start <= verbEnd && verbEnd < c.end,
    );
    const after = places.find((p) => p.start >= verbEnd && verbClause && within(verbClause)(p));
    const visitors = mentions
      .filter((m) => m.entity.type === 'Person' && m.end <= verbEnd && !onlySpeaks(text, m))
      .map((m) => ({ visitor: m.entity, end: m.end }));
    // "我去某镇调研", said by the person the quote is credited to.
    const firstPerson = FIRST_PERSON.exec(sentenceText);
    if (!visitors.length && firstPerson && firstPerson.index < verbAt) {
      const speaker = speakerAfter(ctx, position);
      if (speaker) visitors.push({ visitor: speaker, end: sentence.start + firstPerson.index + 1 });
    }
    for (const { visitor, end } of visitors) {
      const place = places.find((p) => p.start >= end && p.end <= verbEnd) ?? after;
      if (!place) continue;
      relations.push({
        type: 'VISITED',
        head: visitor.name,
        tail: place.entity.name,
        ...(date ? { date: date.iso } : {}),
        evidence: [ctx.evidence(sentence.start, sentence.end)],
      });
    }
  }
  return relations;
}
