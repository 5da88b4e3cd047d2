/**
 * IMPLEMENTS: who carries out a named program. The doer is the nearest place
 * or organization before the program in its part of the sentence (parts end at
 * ；), else the first one after it, else a person named before it there (某某倡议
 * 实施“X”), else the one the paragraph's earlier sentences open with
 * (…整治河道。同时推出“X”平台). Only where a verb of carrying out
 * introduces the program (实施“X”) does the sentence's topic stand in for an
 * unnamed doer: a program merely named has no doer.
 */
import type { Relation } from '../../../types/graph';
import type { Mention, RelationContext } from './context';
import { PART_BREAK, clauses, within } from './clauses';
import { Topics, bodiesIn, nearestBody, paragraphSubjects } from './topics';
import { isBody, outletsOf } from './context';

export interface ImplementsLexicon {
  /** Verbs that state a program is carried out (实施, 推行, 打造). */
  programVerbs: string[];
  /** Posts (书记, 主任): a person after one opens his clause (县委书记某某倡议…). */
  titles: string[];
}

/** A verb of carrying out before the program in its part of the sentence. */
const introducedBy = (before: string, lexicon: ImplementsLexicon) =>
  lexicon.programVerbs.some((v) => before.includes(v));

/** 说/指出/表示, perhaps after a post (某某代表说): a speaker reports, he does not carry out. */
const SPEAKS = /^\p{Script=Han}{0,4}?(说|指出|表示|强调|介绍|认为)/u;
/** A body that says where people live (某村3组村民某某) is no doer of what follows. */
const RESIDENTS = /^[\d一二三四五六七八九十]*组?(村民|居民|群众|农户|老人|妇女)/;
/**
 * A party organ named without its place as the subject (联合党委立即着手打造“X”): the
 * doer is that organ, which the section's topic does not stand for.
 */
const ORGAN_SUBJECT = /^\p{Script=Han}{0,4}?(党委|党工委|党总支|党支部|党组(?!织))/u;
/** The text of the clause that holds `at`, up to `at`. */
const clauseBefore = (text: string, from: number, at: number) =>
  text.slice(from, at).split(/[，,]/).pop() ?? '';
/** A body that owns something (某社区的电话) is no doer. */
const POSSESSIVE = '的';

/**
 * The doer a person gives who opens his clause (after his post, if any), that
 * clause being the program's own or the first of its part: the person himself
 * (某某倡议筹集“某某基金”), or where he speaks (某某指出，公司要实施“X”) the body he
 * holds a post at, for whom he speaks. A person further in a clause (学习某某讲话)
 * gives none.
 */
function personalDoer(
  text: string,
  partStart: number,
  mentions: Mention[],
  at: number,
  postBody: ReadonlyMap<string, string>,
  titles: string[],
): { name: string } | undefined {
  const person = mentions.filter((m) => m.entity.type === 'Person' && m.end <= at).pop();
  if (!person) return undefined;
  const clausesBefore = text.slice(partStart, person.start).split(/[，,]/);
  const before = clausesBefore.pop() ?? '';
  const ownClause = !/[，,]/.test(text.slice(person.end, at));
  if (clausesBefore.length && !ownClause) return undefined;
  if (before && !titles.some((t) => before.endsWith(t))) return undefined;
  if (!SPEAKS.test(text.slice(person.end, person.end + 8))) return person.entity;
  const body = postBody.get(person.entity.name);
  return body ? { name: body } : undefined;
}

/** The body of each person's first post (HOLDS_POSITION), by person. */
function firstPostBodies(posts: Relation[]): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const p of posts)
    if (p.type === 'HOLDS_POSITION' && !bodies.has(p.head)) bodies.set(p.head, p.tail);
  return bodies;
}

export function findImplementers(
  ctx: RelationContext,
  topics: Topics,
  lexicon: ImplementsLexicon,
  posts: Relation[],
): Relation[] {
  const { text } = ctx.doc;
  const postBody = firstPostBodies(posts);
  const relations: Relation[] = [];
  const outlets = outletsOf(ctx);
  const inherited = paragraphSubjects(
    ctx,
    (e) => isBody(e) && !outlets.has(e),
    undefined,
    undefined,
    (lead) => !RESIDENTS.test(text.slice(lead.end, lead.end + 8)),
  );
  for (const sentence of ctx.sentences) {
    if (sentence.kind === 'title') continue;
    const mentions = ctx.mentionsIn(sentence.index);
    const bodies = bodiesIn(ctx, sentence.index).filter(
      (m) => !outlets.has(m.entity) && text[m.end] !== POSSESSIVE,
    );
    const carried = inherited.get(sentence.index);
    for (const part of clauses(text, sentence.start, sentence.end, PART_BREAK)) {
      for (const program of mentions.filter(within(part))) {
        if (program.entity.type !== 'Program') continue;
        const doer =
          nearestBody(bodies.filter(within(part)), program.start, program.end) ??
          personalDoer(
            text,
            part.start,
            mentions.filter(within(part)),
            program.start,
            postBody,
            lexicon.titles,
          ) ??
          carried ??
          (introducedBy(text.slice(part.start, program.start), lexicon) &&
          !ORGAN_SUBJECT.test(clauseBefore(text, part.start, program.start))
            ? topics.get(sentence.index)
            : undefined);
        if (!doer) continue;
        relations.push({
          type: 'IMPLEMENTS',
          head: doer.name,
          tail: program.entity.name,
          evidence: [ctx.evidence(part.start, part.end)],
        });
      }
    }
  }
  return relations;
}
