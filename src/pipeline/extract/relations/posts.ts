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
import { PostStatus, PostTimeLexicon, postSpan, statusCue } from './post-time';
import { firstWordOf, tagShort } from '../segment';

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
  /** 分别: the items go one each to the persons of a list. */
  respectively?: boolean;
}

/** The preamble of a clause without its pronoun, status and sequence words (本次任命前分别, 此前). */
function preambleWithout(preamble: string, lexicon: PostLexicon): string {
  // 他/她 stands for the person named last (她是某县文联主席).
  let rest = preamble.replace(RESPECTIVELY, '').replace(/^(本次|他|她)/, '');
  for (const { word } of lexicon.statusCues) if (word.length > 1) rest = rest.replace(word, '');
  return rest;
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
  // "时任浙江省委书记的某某": the 的 links post and name; a space may part them.
  while (right > from && / |\u3000/.test(text[right - 1])) right--;
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

/** The first post verb of the clause from `at` on (自2016年起任, 在某中学当过). */
function verbAfter(
  text: string,
  at: number,
  to: number,
  lexicon: PostLexicon,
): { at: number; verb: string } | undefined {
  for (let pos = at; pos < to && !CLAUSE_END.test(text[pos]); pos++) {
    const verb = lexicon.postVerbs.find((v) => text.startsWith(v, pos));
    // 任 of 任命 or 任务 is no post verb.
    if (!verb || firstWordOf(text.slice(pos, pos + 4)).length > verb.length) continue;
    // 是2015年开始担任…: the take-up verb after a date is the one that dates the post.
    const later = lexicon.takeUpVerbs.has(verb)
      ? undefined
      : verbAfter(text, pos + verb.length, to, lexicon);
    const between = later ? text.slice(pos + verb.length, later.at) : '';
    if (later && lexicon.takeUpVerbs.has(later.verb) && DATES_ONLY.test(between)) return later;
    return { at: pos, verb };
  }
  return undefined;
}

/** Function words and verbs end what comes before a post (会议由党委委员 → 党委委员). */
const BEFORE_POST = /^(p|v|c|u|r|d)/;

/** A post named with no body: the item without the words before the post. */
function barePost(item: string): string {
  const words = tagShort(item);
  let cut = words.length;
  while (cut > 0 && !BEFORE_POST.test(words[cut - 1].tag)) cut--;
  return words
    .slice(cut)
    .map((w) => w.word)
    .join('');
}

/** The nearest place of the item's level, or organization of its kind, written before `before`. */
function impliedBody(
  ctx: RelationContext,
  item: ChainItem,
  before: number,
  lexicon: PostLexicon,
): { body: Mention; title: string } | undefined {
  // The post starts at the last level or kind word of the item (她拉着村支书 → 村支书);
  // of two ending at the same place, the longer (社区, not 区).
  const words = [
    ...LEVELS.map(([word, suffixes]) => ({ word, suffixes, kind: undefined })),
    ...lexicon.organizationKinds.map((word) => ({ word, suffixes: [], kind: word })),
  ]
    .map((w) => ({ ...w, at: item.text.lastIndexOf(w.word) }))
    .filter((w) => w.at >= 0)
    .sort((a, b) => b.at + b.word.length - (a.at + a.word.length) || b.word.length - a.word.length);
  const best = words[0];
  if (!best) return undefined;
  const { kind, at } = best;
  const level = kind ? undefined : best.suffixes;
  const post = item.text.slice(at);
  const fits = (m: Mention) =>
    level
      ? isPlace(m.entity) && level.some((s) => m.entity.name.endsWith(s))
      : m.entity.type === 'Organization' && m.entity.name.endsWith(kind ?? '');
  const earlier = ctx.mentions.filter((m) => m.end <= before && fits(m));
  const body = earlier[earlier.length - 1] ?? (kind ? ctx.mentions.find(fits) : undefined);
  if (!body) return undefined;
  return { body, title: kind ? post.slice(kind.length) : post };
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
  // A chain before the name reaches back no further than the person before it.
  const previous = others.filter((m) => m.end <= person.start).pop();
  const reach = Math.max(sentence.start, previous?.end ?? 0);
  const before = chainBefore(text, person.start, reach, lexicon);
  if (before.length)
    return [
      {
        items: before,
        clauseStart: clauseStartBefore(text, before[0].start, reach),
        takenUp: false,
      },
    ];
  const after = chainAfter(text, person.end, sentence.end, lexicon);
  if (after.length) return [{ items: after, clauseStart: person.end, takenUp: false }];
  // The person's own clause, then the later clauses with no other person in them.
  const nextPerson = others.find((m) => m.start >= person.end)?.start ?? sentence.end;
  return verbChains(ctx, person.end, Math.min(nextPerson, sentence.end), sentence.start, lexicon);
}

/** Dates, and words of time and sequence, before the verb: the clause has no subject of its own. */
const DATES_ONLY = /^[\d年月日.．自从于起开始至到—－~～\s]*$/;
/** 甲、乙分别任X、Y: the posts go to the persons in turn. */
const RESPECTIVELY = '分别';

/**
 * The chains after post verbs in the clauses of [from, to). With `datesOnly`, a
 * clause counts only when nothing but a date comes before its verb (2011年任…).
 */
function verbChains(
  ctx: RelationContext,
  from: number,
  to: number,
  sentenceStart: number,
  lexicon: PostLexicon,
  datesOnly = false,
): Chain[] {
  const { text } = ctx.doc;
  const chains: Chain[] = [];
  while (from < to) {
    const found = verbAfter(text, from, to, lexicon);
    if (
      found &&
      (!datesOnly || DATES_ONLY.test(preambleWithout(text.slice(from, found.at), lexicon)))
    ) {
      const items = chainAfterVerb(text, found.at, to, found.verb, lexicon);
      const body = ctx.mentions
        .filter((m) => m.start >= from && m.end <= found.at && isBody(m.entity))
        .pop();
      if (items.length)
        chains.push({
          items,
          clauseStart: clauseStartBefore(text, found.at, sentenceStart),
          takenUp: lexicon.takeUpVerbs.has(found.verb),
          body,
          respectively: text.slice(from, found.at).includes(RESPECTIVELY),
        });
    }
    while (from < to && !CLAUSE_END.test(text[from])) from++;
    from++;
  }
  return chains;
}

/** How many sentences back the subject of a sentence that names no one may stand. */
const SUBJECT_REACH = 4;

/**
 * Sentences that name no person but open a clause with a date and a post verb
 * (1990年10月担任某村党支部书记): their subject is the person named last, a
 * few sentences before (a profile's 简介).
 */
function carriedSubjects(ctx: RelationContext, persons: Mention[], lexicon: PostLexicon) {
  const found: Array<{ person: Mention; chains: Chain[] }> = [];
  for (const sentence of ctx.sentences) {
    if (sentence.kind === 'byline' || persons.some((p) => p.sentence === sentence.index)) continue;
    const person = persons.filter((p) => p.end <= sentence.start).pop();
    if (!person || sentence.index - person.sentence > SUBJECT_REACH) continue;
    const chains = verbChains(ctx, sentence.start, sentence.end, sentence.start, lexicon, true);
    for (const chain of chains) {
      const list = chain.respectively ? listEndingWith(ctx.doc.text, persons, person) : [person];
      if (list.length === 1) found.push({ person, chains: [chain] });
      else if (list.length === chain.items.length)
        list.forEach((p, i) =>
          found.push({ person: p, chains: [{ ...chain, items: [chain.items[i]] }] }),
        );
    }
  }
  return found;
}

/** The persons of the list (甲、乙和丙) that ends with `last`. */
function listEndingWith(text: string, persons: Mention[], last: Mention): Mention[] {
  const list = [last];
  for (let i = persons.indexOf(last) - 1; i >= 0; i--) {
    if (!/^[、和与及]$/.test(text.slice(persons[i].end, list[0].start))) break;
    list.unshift(persons[i]);
  }
  return list;
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
  const withChains = [
    ...persons.map((person) => ({ person, chains: chainsOf(ctx, person, persons, lexicon) })),
    ...carriedSubjects(ctx, persons, lexicon),
  ];
  // 曾任甲地区长A、乙县县长B: a cue before a list of posts and names holds for all of it.
  let listed: { end: number; status?: PostStatus } | undefined;
  let lastOrganization: Mention | undefined;
  for (const { person, chains } of withChains) {
    const sentence = ctx.sentence(person.sentence);
    if (!sentence || sentence.kind === 'byline') continue;
    for (const chain of chains) {
      let body = chain.body;
      let previousEnd = chain.clauseStart;
      // A status cue before the first post holds for the chain; one before a later post, for it.
      let chainStatus: PostStatus | undefined;
      for (const item of chain.items) {
        const regionStart = previousEnd;
        previousEnd = item.end;
        const inside = ctx.mentions.filter((m) => m.start >= item.start && m.end <= item.end);
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
        // A bare post (党委委员、副总经理) in a text about an organization is one of its posts.
        body = named ?? implied?.body ?? body ?? lastOrganization;
        if (!body) continue;
        if (body.entity.type === 'Organization') lastOrganization = body;
        // 该支部书记, 其党委委员: a word pointing back is no part of the post.
        const title = (
          named ? postTitle(text, named, item, lexicon) : (implied?.title ?? barePost(item.text))
        ).replace(/^[该其此这本]/, '');
        if (!title) continue;
        const postStart = named ? named.start : item.end - title.length;
        const cue = statusCue(text.slice(regionStart, Math.max(regionStart, postStart)), lexicon);
        if (item === chain.items[0]) {
          const inList = listed !== undefined && /^、?$/.test(text.slice(listed.end, postStart));
          chainStatus = cue ?? (inList ? listed?.status : undefined);
        }
        const span = postSpan(
          text.slice(chain.clauseStart, item.start),
          chain.takenUp,
          text.slice(sentence.start, item.start),
          ctx.sentenceText(person.sentence),
          ctx.doc.meta.date,
        );
        // A post the text gives an end is one held before.
        const status = cue ?? chainStatus ?? (span.until ? 'former' : undefined);
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
      listed = { end: person.end, status: chainStatus };
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
