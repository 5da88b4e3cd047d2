/**
 * Posts. A title chain is read in three places around a person's name:
 * - before it: "X村党支部书记Y", "X市委常委、组织部部长Y", "党的二十大代表，X市委书记Y";
 * - after it as an apposition: "Y，X村党支部书记，…" or "Y（X集团总裁）";
 * - after a verb that puts the person into a post: "Y当选X村党支部书记兼村委会主任",
 *   "Y自2016年起任X镇镇长", and in the later clauses of the sentence that carry the
 *   same subject ("…，2011年任X村支部书记").
 * The chain is cut into items at 、 ， and 兼; each item that ends in a post word
 * belongs to the place or organization named in it, or to the one of the item
 * before it (…县纪委书记、县监委主任 Y). An item that names no body but opens
 * with a level (村党支部书记, 县长, 镇组织干事) or an organization's kind
 * (公司党委书记, 合作社负责人) belongs to the nearest place of that level or
 * organization of that kind written before it. An item that names an event and
 * ends in a delegate word makes the person a participant instead. Each post gets
 * its status and span (post-time.ts).
 */
import type { Relation } from '../../../types/graph';
import type { Mention, RelationContext } from './context';
import { isBody, isPlace, relationBetween } from './context';
import { PostTimeLexicon, postSpan, statusCue } from './post-time';

export interface PostLexicon extends PostTimeLexicon {
  /** Post words, longest first (书记, 副部长, 执行总裁). */
  titles: string[];
  /** Words that open a post without being part of it (时任, 原). */
  prefixes: string[];
  /** Delegate words (代表). */
  delegateWords: string[];
  /** Organs that take the place's level with them (委, 纪委: 市委书记, 县纪委书记). */
  suffixedOrgans: string[];
  /** Verbs that put a person into the post after them, longest first (当选, 担任, 任). */
  postVerbs: string[];
  /** Those of them that date the post's start (担任, 当选; not 是). */
  takeUpVerbs: Set<string>;
  /** Kinds of organization a post may name alone (公司, 合作社), longest first. */
  organizationKinds: string[];
}

/** Where a chain item ends; 、 and ， continue the chain, everything else ends it. */
const CHAIN_SEPARATORS = new Set(['、', '，', ',']);
const CHAIN_STOPS = /[。！？；：:“”"‘’（）()《》\s]/;
const CLAUSE_END = /[，,。！？；;：:\n]/;
/** The levels a post may name alone, and the places they stand for. */
const LEVELS: Array<[word: string, suffixes: string[]]> = [
  ['社区', ['社区']],
  ['街道', ['街道']],
  ['村', ['村']],
  ['镇', ['镇']],
  ['乡', ['乡']],
  ['县', ['县']],
  ['区', ['区']],
  ['市', ['市']],
  ['省', ['省']],
];

interface ChainItem {
  start: number;
  end: number;
  text: string;
}

interface Chain {
  items: ChainItem[];
  /** Where the clause holding the chain starts: status and dates are read between. */
  clauseStart: number;
  /** The verb that put the person into the post dates it. */
  takenUp: boolean;
  /** A body written between the person and the verb (在某中学当过教师). */
  body?: Mention;
}

const endsWithAny = (text: string, words: string[]) => words.some((w) => text.endsWith(w));

function clauseStartBefore(text: string, at: number, from: number): number {
  let start = at;
  while (start > from && !CLAUSE_END.test(text[start - 1])) start--;
  return start;
}

/** The items of the title chain ending at `end` (the start of a name), left to right. */
function chainBefore(text: string, end: number, from: number, lexicon: PostLexicon): ChainItem[] {
  const items: ChainItem[] = [];
  let right = end;
  // "时任浙江省委书记的习近平": the 的 links post and name.
  if (text[right - 1] === '的') right--;
  while (right > from) {
    let left = right;
    while (
      left > from &&
      !CHAIN_SEPARATORS.has(text[left - 1]) &&
      !CHAIN_STOPS.test(text[left - 1])
    )
      left--;
    let start = left;
    const prefix = lexicon.prefixes.find(
      (p) => text.startsWith(p, start) && start + p.length < right,
    );
    if (prefix) start += prefix.length;
    const itemText = text.slice(start, right);
    if (!endsWithAny(itemText, lexicon.titles) && !endsWithAny(itemText, lexicon.delegateWords))
      break;
    items.unshift({ start, end: right, text: itemText });
    if (left === from || !CHAIN_SEPARATORS.has(text[left - 1])) break;
    right = left - 1;
  }
  return items;
}

/** The post as the spec writes it: the organ and post without the place's name (市委常委). */
function postTitle(text: string, body: Mention, item: ChainItem, lexicon: PostLexicon): string {
  const rest = text.slice(body.end, item.end);
  // "某市委书记": the place's name keeps 市 for itself, yet the organ is 市委.
  const suffixed = isPlace(body.entity) && lexicon.suffixedOrgans.some((o) => rest.startsWith(o));
  return suffixed ? text[body.end - 1] + rest : rest;
}

/** The title chain written right after a name, between a comma or bracket and the next one. */
function chainAfter(text: string, start: number, to: number, lexicon: PostLexicon): ChainItem[] {
  const open = text[start];
  if (open !== '，' && open !== '（' && open !== '(') return [];
  const close = open === '，' ? /[，。；！？]/ : /[）)]/;
  let end = start + 1;
  while (end < to && !close.test(text[end])) end++;
  if (end >= to && open !== '，') return [];
  const items: ChainItem[] = [];
  let from = start + 1;
  for (const part of text.slice(start + 1, end).split('、')) {
    if (!endsWithAny(part, lexicon.titles)) return [];
    items.push({ start: from, end: from + part.length, text: part });
    from += part.length + 1;
  }
  return items;
}

/**
 * The posts after a verb at `at` (the verb included): items separated by 、 or 兼,
 * each cut after its last post word ("…党支部书记3年以来" ends at 书记).
 */
function chainAfterVerb(text: string, at: number, to: number, verb: string, lexicon: PostLexicon) {
  const items: ChainItem[] = [];
  let from = at + verb.length;
  let end = from;
  while (end < to && !CLAUSE_END.test(text[end])) end++;
  for (const part of text.slice(from, end).split(/[、兼]/)) {
    let cut = part.length;
    while (cut > 0 && !endsWithAny(part.slice(0, cut), lexicon.titles)) cut--;
    if (cut === 0) break;
    items.push({ start: from, end: from + cut, text: part.slice(0, cut) });
    if (cut < part.length) break;
    from += part.length + 1;
  }
  return items;
}

/** A post verb starting `text` at `at` after at most a few words (自2016年起任, 在某中学当过). */
function verbAfter(text: string, at: number, to: number, lexicon: PostLexicon) {
  for (let pos = at; pos < Math.min(to, at + 16) && !CLAUSE_END.test(text[pos]); pos++) {
    const verb = lexicon.postVerbs.find((v) => text.startsWith(v, pos));
    if (verb) return { at: pos, verb };
  }
  return undefined;
}

/** The nearest place of the item's level, or organization of its kind, written before `before`. */
function impliedBody(
  ctx: RelationContext,
  item: ChainItem,
  before: number,
  lexicon: PostLexicon,
): { body: Mention; title: string } | undefined {
  const level = LEVELS.find(([word]) => item.text.startsWith(word));
  const kind = level ? undefined : lexicon.organizationKinds.find((k) => item.text.startsWith(k));
  if (!level && !kind) return undefined;
  const fits = (m: Mention) =>
    level
      ? isPlace(m.entity) && level[1].some((s) => m.entity.name.endsWith(s))
      : m.entity.type === 'Organization' && m.entity.name.endsWith(kind ?? '');
  const earlier = ctx.mentions.filter((m) => m.end <= before && fits(m));
  const body = earlier[earlier.length - 1] ?? (kind ? ctx.mentions.find(fits) : undefined);
  if (!body) return undefined;
  return { body, title: kind ? item.text.slice(kind.length) : item.text };
}

/** The chains a person is given in its sentence, in the three shapes of the header. */
function chainsOf(
  ctx: RelationContext,
  person: Mention,
  others: Mention[],
  lexicon: PostLexicon,
): Chain[] {
  const { text } = ctx.doc;
  const sentence = ctx.sentence(person.sentence);
  if (!sentence) return [];
  const before = chainBefore(text, person.start, sentence.start, lexicon);
  if (before.length)
    return [
      {
        items: before,
        clauseStart: clauseStartBefore(text, before[0].start, sentence.start),
        takenUp: false,
      },
    ];
  const after = chainAfter(text, person.end, sentence.end, lexicon);
  if (after.length) return [{ items: after, clauseStart: person.end, takenUp: false }];
  const chains: Chain[] = [];
  // The person's own clause, then the later clauses with no other person in them.
  let from = person.end;
  const nextPerson = others.find((m) => m.start >= person.end)?.start ?? sentence.end;
  while (from < nextPerson) {
    const found = verbAfter(text, from, nextPerson, lexicon);
    if (found) {
      const items = chainAfterVerb(text, found.at, nextPerson, found.verb, lexicon);
      const body = ctx.mentions
        .filter((m) => m.start >= from && m.end <= found.at && isBody(m.entity))
        .pop();
      if (items.length)
        chains.push({
          items,
          clauseStart: clauseStartBefore(text, found.at, sentence.start),
          takenUp: lexicon.takeUpVerbs.has(found.verb),
          body,
        });
    }
    while (from < nextPerson && !CLAUSE_END.test(text[from])) from++;
    from++;
  }
  return chains;
}

export interface PostFindings {
  posts: Relation[];
  delegations: Relation[];
}

export function findPosts(ctx: RelationContext, lexicon: PostLexicon): PostFindings {
  const { text } = ctx.doc;
  const posts: Relation[] = [];
  const delegations: Relation[] = [];
  const persons = ctx.mentions.filter((m) => m.entity.type === 'Person');
  for (const person of persons) {
    const sentence = ctx.sentence(person.sentence);
    if (!sentence || sentence.kind === 'byline') continue;
    for (const chain of chainsOf(ctx, person, persons, lexicon)) {
      let body = chain.body;
      let previousEnd = chain.clauseStart;
      const chainStatus = statusCue(text.slice(chain.clauseStart, chain.items[0].start), lexicon);
      for (const item of chain.items) {
        const gap = text.slice(previousEnd, item.start);
        previousEnd = item.end;
        const inside = ctx
          .mentionsIn(person.sentence)
          .filter((m) => m.start >= item.start && m.end <= item.end);
        const event = inside.find((m) => m.entity.type === 'Event');
        if (event && endsWithAny(item.text, lexicon.delegateWords)) {
          delegations.push(
            relationBetween(ctx, 'PARTICIPATED_IN', person, event, { role: '代表' }, [item]),
          );
          continue;
        }
        if (
          endsWithAny(item.text, lexicon.delegateWords) &&
          !endsWithAny(item.text, lexicon.titles)
        )
          continue;
        const named = inside.filter((m) => isBody(m.entity)).pop();
        const implied = named
          ? undefined
          : impliedBody(ctx, item, Math.min(item.start, person.start), lexicon);
        body = named ?? implied?.body ?? body;
        if (!body) continue;
        const title = named ? postTitle(text, named, item, lexicon) : (implied?.title ?? item.text);
        if (!title) continue;
        const status = statusCue(gap, lexicon) ?? chainStatus;
        const span = postSpan(
          text.slice(chain.clauseStart, item.start),
          chain.takenUp,
          ctx.sentenceText(person.sentence),
          ctx.doc.meta.date,
        );
        posts.push(
          relationBetween(
            ctx,
            'HOLDS_POSITION',
            person,
            body,
            { title, ...(status ? { status } : {}), ...span },
            [item],
          ),
        );
      }
    }
  }
  return { posts, delegations };
}

/** Posts the text gives no status are held at the article's date. */
export function withPostStatus(relations: Relation[]): Relation[] {
  return relations.map((r) =>
    r.type === 'HOLDS_POSITION' && !r.status ? { ...r, status: 'current' } : r,
  );
}
