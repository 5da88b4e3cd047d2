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
 * organization of that kind written before it. Bare bodies listed before an item
 * share its post (分别任甲、乙两县县委书记), and 从 before the verb names the posts
 * left (从甲县县长调任乙县县委书记). An item that names an event and
 * ends in a delegate word makes the person a participant instead. Each post gets
 * its status and span (post-time.ts).
 */
import type { Relation } from '../../../types/graph';
import type { Mention, RelationContext } from './context';
import { isBody, isPlace, relationBetween } from './context';
import {
  HeldPost,
  PostStatus,
  PostTimeLexicon,
  groupDates,
  laterTakeUps,
  listDates,
  postSpan,
  statusCue,
} from './post-time';
import { firstWordOf, tagShort } from '../segment';
import { indexOfWords } from '../word-index';
import { sentenceLocator } from '../index';
import { endsWithAnyWord } from './word-gate';
import { codeTable } from './code-table';

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
/** Where a clause ends, by UTF-16 code unit: asked at every character of a clause. */
const CLAUSE_END_CODES = codeTable('，,。！？；;：:\n');
const endsClause = (text: string, at: number) => CLAUSE_END_CODES[text.charCodeAt(at)] === 1;
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
  /** 甲、乙两县县长: a bare body before a post shares the post of the item it names. */
  sharesPostOf?: ChainItem;
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
  /** 从甲县县长调任…: the posts the person left. */
  left?: boolean;
}

/** The preamble of a clause without its pronoun, status and sequence words (本次任命前分别, 此前). */
function preambleWithout(preamble: string, lexicon: PostLexicon): string {
  // 他/她 stands for the person named last (她是某县文联主席).
  let rest = preamble.replace(RESPECTIVELY, '').replace(/^(本次|他|她)/, '');
  for (const { word } of lexicon.statusCues) if (word.length > 1) rest = rest.replace(word, '');
  return rest;
}

function clauseStartBefore(text: string, at: number, from: number): number {
  let start = at;
  while (start > from && !endsClause(text, start - 1)) start--;
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
    if (
      !endsWithAnyWord(itemText, lexicon.titles) &&
      !endsWithAnyWord(itemText, lexicon.delegateWords)
    )
      break;
    items.unshift({ start, end: right, text: itemText });
    if (left === from || !CHAIN_SEPARATORS.has(text[left - 1])) break;
    right = left - 1;
  }
  return items;
}

/**
 * The level words a post shared by a list of bodies repeats after the last of them
 * (瓯海、鹿城两区的区委书记, 甲、乙3个县（市、区）委书记, 甲、乙县（市）委书记).
 */
const SHARED_LEVEL =
  /^(?:(?:[\d两二三四五六七八九十几多]+个?|各)(?:省|市|县|区|镇|乡|村|街道|社区)(?:[（(][^）)]*[）)])?|(?:省|市|县|区|镇|乡)?[（(][^）)]*[）)])的?/;
/** The level a place's name ends with: a post of its organ repeats it (某县 + 县委书记). */
const LEVEL_SUFFIX = /(省|市|县|区|州|旗|镇|乡|村)$/;

/**
 * The post as the spec writes it: the organ and post after the body's name (市委常委),
 * `after` being the words that follow the body's name `written`.
 */
function titleAfter(body: Mention, written: string, after: string, lexicon: PostLexicon): string {
  const shared = SHARED_LEVEL.exec(after)?.[0] ?? '';
  const rest = after.slice(shared.length);
  if (!isPlace(body.entity) || !lexicon.suffixedOrgans.some((o) => rest.startsWith(o))) return rest;
  // "某市委书记": the place's name keeps 市 for itself, yet the organ is 市委. A short
  // name (瓯海) or a level written as alternatives (县（市）) takes the place's own level.
  const level = (shared || !LEVEL_SUFFIX.test(written) ? body.entity.name : written).slice(-1);
  return level + rest;
}

/** The title of `body` named in `item`; a bare body takes the post of the item it shares. */
function postTitle(
  ctx: RelationContext,
  body: Mention,
  item: ChainItem,
  lexicon: PostLexicon,
): string {
  const { text } = ctx.doc;
  const written = text.slice(body.start, body.end);
  const shared = item.sharesPostOf;
  if (!shared) return titleAfter(body, written, text.slice(body.end, item.end), lexicon);
  const sharedBody = bodiesIn(ctx, shared).pop();
  return sharedBody
    ? titleAfter(body, written, text.slice(sharedBody.end, shared.end), lexicon)
    : '';
}

/** The body that is the whole of a bare item sharing the next item's post. */
function sharingBody(ctx: RelationContext, item: ChainItem): Mention | undefined {
  return bodiesIn(ctx, item).find((m) => m.start === item.start && m.end === item.end);
}

/**
 * The body an item names, the last one in it, and its post; but in 甲镇分包乙村的干部
 * the clause up to 的 describes the post, which is one of 甲镇.
 */
function namedPost(
  ctx: RelationContext,
  item: ChainItem,
  lexicon: PostLexicon,
): { body: Mention; title: string } | undefined {
  const bodies = item.sharesPostOf ? [sharingBody(ctx, item)] : bodiesIn(ctx, item);
  const last = bodies.pop();
  if (!last) return undefined;
  const title = postTitle(ctx, last, item, lexicon);
  if (!title.startsWith('的')) return { body: last, title };
  const head = bodies.pop();
  // Words between the two bodies make a clause (分包, 派驻); 和 or 、 would list them.
  const clause = head && !/^[和与及、]?$/.test(ctx.doc.text.slice(head.end, last.start));
  return head && clause
    ? { body: head, title: ctx.doc.text.slice(head.end, item.end) }
    : { body: last, title: title.slice(1) };
}

const bodiesIn = (ctx: RelationContext, span: { start: number; end: number }) =>
  ctx.mentions.filter((m) => m.start >= span.start && m.end <= span.end && isBody(m.entity));

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
    if (!endsWithAnyWord(part, lexicon.titles)) return [];
    items.push({ start: from, end: from + part.length, text: part });
    from += part.length + 1;
  }
  return items;
}

/** The parts of `text` between separators outside brackets (县（市、区）委书记 is one part). */
function splitOutsideBrackets(text: string, separators: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (/[（(]/.test(text[i])) depth++;
    else if (/[）)]/.test(text[i])) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.test(text[i])) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** The longest a bare body sharing the next post may be (鹿城, 某某集团). */
const MAX_BARE = 12;

/**
 * The posts after a verb at `at` (the verb included): items separated by 、 or 兼,
 * each cut after its last post word ("…党支部书记3年以来" ends at 书记). Parts with
 * no post word before one that has it share its post (分别任甲、乙两县县长).
 */
function chainAfterVerb(text: string, at: number, to: number, verb: string, lexicon: PostLexicon) {
  const items: ChainItem[] = [];
  let from = at + verb.length;
  // 调任为, 任为: 为 only links verb and post.
  if (text[from] === '为') from++;
  let end = from;
  while (end < to && !endsClause(text, end)) end++;
  let bare: ChainItem[] = [];
  for (const part of splitOutsideBrackets(text.slice(from, end), /[、兼]/)) {
    let cut = part.length;
    while (cut > 0 && !endsWithAnyWord(part, lexicon.titles, cut)) cut--;
    if (cut === 0) {
      if (part.length > MAX_BARE || CHAIN_STOPS.test(part)) break;
      bare.push({ start: from, end: from + part.length, text: part });
      from += part.length + 1;
      continue;
    }
    const item = { start: from, end: from + cut, text: part.slice(0, cut) };
    items.push(...bare.map((b) => ({ ...b, sharesPostOf: item })), item);
    bare = [];
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
  const postVerbs = indexOfWords(lexicon.postVerbs);
  for (let pos = at; pos < to && !endsClause(text, pos); pos++) {
    const verb = postVerbs.longestAt(text, pos);
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

/** 某集团有限公司 goes by 集团, not 公司: the kind written before its legal form. */
function innerKind(name: string, kinds: string[]): string | undefined {
  const outer = kinds.find((k) => name.endsWith(k));
  const rest = outer ? name.slice(0, -outer.length) : name;
  return kinds.find((k) => rest.endsWith(k));
}

/** The first organization of the kind named later, one called by that kind first. */
function laterOrganization(
  ctx: RelationContext,
  kind: string,
  fits: (m: Mention) => boolean,
  lexicon: PostLexicon,
): Mention | undefined {
  const later = ctx.mentions.filter(fits);
  const inner = (m: Mention) => innerKind(m.entity.name, lexicon.organizationKinds);
  return later.find((m) => [undefined, kind].includes(inner(m))) ?? later[0];
}

/** A level or organization kind word a post may open with (村 of 村支书, 公司 of 公司经理). */
interface PostOpening {
  word: string;
  /** A level's place suffixes (村); none for a kind. */
  suffixes: string[];
  kind: string | undefined;
}

const postOpeningLists = new WeakMap<PostLexicon, PostOpening[]>();

/** The levels, then the lexicon's organization kinds, built once: asked of every chain item. */
function postOpenings(lexicon: PostLexicon): PostOpening[] {
  let list = postOpeningLists.get(lexicon);
  if (!list) {
    list = [
      ...LEVELS.map(([word, suffixes]) => ({ word, suffixes, kind: undefined })),
      ...lexicon.organizationKinds.map((word) => ({ word, suffixes: [], kind: word })),
    ];
    postOpeningLists.set(lexicon, list);
  }
  return list;
}

/**
 * The place of the item's level, or organization of its kind: one of `named`, the
 * bodies the person's other posts of the sentence name (…任村监委会主任，次年任某村
 * 支部书记), else the nearest written before `before`, else a later organization.
 */
function impliedBody(
  ctx: RelationContext,
  item: ChainItem,
  before: number,
  named: Mention[],
  lexicon: PostLexicon,
): { body: Mention; title: string } | undefined {
  // 各县委书记, 每村一名联络员: a post of many bodies, none in particular.
  if (/^[各每]/.test(item.text)) return undefined;
  // The post starts at the last level or kind word of the item (她拉着村支书 → 村支书);
  // of two ending at the same place, the longer (社区, not 区).
  let best: { word: PostOpening; at: number } | undefined;
  for (const word of postOpenings(lexicon)) {
    const at = item.text.lastIndexOf(word.word);
    if (at < 0) continue;
    const end = at + word.word.length;
    const bestEnd = best ? best.at + best.word.word.length : -1;
    if (end > bestEnd || (end === bestEnd && word.word.length > (best?.word.word.length ?? 0)))
      best = { word, at };
  }
  if (!best) return undefined;
  const { at } = best;
  const { kind } = best.word;
  const level = kind ? undefined : best.word.suffixes;
  const post = item.text.slice(at);
  const fits = (m: Mention) =>
    level
      ? isPlace(m.entity) && level.some((s) => m.entity.name.endsWith(s))
      : m.entity.type === 'Organization' && m.entity.name.endsWith(kind ?? '');
  const earlier = ctx.mentions.filter((m) => m.end <= before && fits(m));
  const body =
    named.find(fits) ??
    earlier[earlier.length - 1] ??
    (kind ? laterOrganization(ctx, kind, fits, lexicon) : undefined);
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
      const preamble = text.slice(from, found.at);
      const leftAt = preamble.search(LEFT_FROM);
      const left = leftAt < 0 ? [] : leftPosts(text, from + leftAt, found.at, lexicon);
      const body = ctx.mentions
        .filter((m) => m.start >= from && m.end <= (left[0]?.start ?? found.at) && isBody(m.entity))
        .pop();
      const shared = {
        clauseStart: clauseStartBefore(text, found.at, sentenceStart),
        respectively: preamble.includes(RESPECTIVELY),
      };
      // 2016年11月，某某从甲县县长调任…: the date of the move ends the posts left.
      const moved = lexicon.takeUpVerbs.has(found.verb);
      if (left.length) chains.push({ ...shared, items: left, takenUp: moved, left: true });
      if (items.length)
        chains.push({ ...shared, items, takenUp: lexicon.takeUpVerbs.has(found.verb), body });
    }
    while (from < to && !endsClause(text, from)) from++;
    from++;
  }
  return chains;
}

/** 从 before a post, not before a date (从2016年起任). */
const LEFT_FROM = /从(?![\d一二三四五六七八九十〇零])/;

/** 从甲县县长（调）任…: the posts between 从 at `at` and the verb at `verbAt`, if they reach it. */
function leftPosts(text: string, at: number, verbAt: number, lexicon: PostLexicon): ChainItem[] {
  const items = chainAfterVerb(text, at, verbAt, '从', lexicon);
  return items[items.length - 1]?.end === verbAt ? items : [];
}

/** How many sentences back the subject of a sentence that names no one may stand. */
const SUBJECT_REACH = 4;

/**
 * Sentences that name no person but open a clause with a date and a post verb
 * (1990年10月担任某村党支部书记): their subject is the person named last, a
 * few sentences before (a profile's 简介).
 */
function carriedSubjects(ctx: RelationContext, persons: Mention[], lexicon: PostLexicon) {
  const found: PersonChains[] = [];
  for (const sentence of ctx.sentences) {
    if (sentence.kind === 'byline' || persons.some((p) => p.sentence === sentence.index)) continue;
    const person = persons.filter((p) => p.end <= sentence.start).pop();
    if (!person || sentence.index - person.sentence > SUBJECT_REACH) continue;
    const chains = verbChains(ctx, sentence.start, sentence.end, sentence.start, lexicon, true);
    found.push(...inTurn(ctx.doc.text, persons, person, chains));
  }
  return found;
}

interface PersonChains {
  person: Mention;
  chains: Chain[];
}

/**
 * The chains of `person`; a 分别 chain whose items are as many as the persons of the
 * list ending with `person` (甲、乙分别任X、Y) gives them one item each in turn.
 */
function inTurn(text: string, persons: Mention[], person: Mention, chains: Chain[]) {
  const own: PersonChains = { person, chains: [] };
  const found = [own];
  for (const chain of chains) {
    const list = chain.respectively ? listEndingWith(text, persons, person) : [person];
    if (list.length === 1) own.chains.push(chain);
    else if (list.length === chain.items.length)
      list.forEach((p, i) =>
        found.push({ person: p, chains: [{ ...chain, items: [chain.items[i]] }] }),
      );
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

/** How many sentences before a post 同年 and 从这天起 look back for their date. */
const EARLIER_SENTENCES = 3;

/** The body sentences of the few before sentence `index` (not the header's date). */
function earlierText(ctx: RelationContext, index: number): string {
  return ctx.sentences
    .filter((s) => s.kind === 'body' && s.index < index && s.index >= index - EARLIER_SENTENCES)
    .map((s) => ctx.sentenceText(s.index))
    .join('');
}

export interface PostFindings {
  posts: Relation[];
  delegations: Relation[];
}

export function findPosts(ctx: RelationContext, lexicon: PostLexicon): PostFindings {
  const { text } = ctx.doc;
  const posts: Relation[] = [];
  const delegations: Relation[] = [];
  const held: HeldPost[] = [];
  const sentenceAt = sentenceLocator(ctx.doc);
  const persons = ctx.mentions.filter((m) => m.entity.type === 'Person');
  const withChains = [
    ...persons.flatMap((person) =>
      inTurn(text, persons, person, chainsOf(ctx, person, persons, lexicon)),
    ),
    ...carriedSubjects(ctx, persons, lexicon),
  ];
  // 曾任甲地区长A、乙县县长B: a cue before a list of posts and names holds for all of it.
  let listed: { end: number; status?: PostStatus } | undefined;
  let lastOrganization: Mention | undefined;
  for (const { person, chains } of withChains) {
    const sentence = ctx.sentence(person.sentence);
    if (!sentence || sentence.kind === 'byline') continue;
    const bodiesNamed = chains.flatMap((c) => c.items.flatMap((item) => bodiesIn(ctx, item)));
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
        if (event && endsWithAnyWord(item.text, lexicon.delegateWords)) {
          delegations.push(
            relationBetween(ctx, 'PARTICIPATED_IN', person, event, { role: '代表' }, [item]),
          );
          continue;
        }
        if (
          endsWithAnyWord(item.text, lexicon.delegateWords) &&
          !endsWithAnyWord(item.text, lexicon.titles)
        )
          continue;
        const named = namedPost(ctx, item, lexicon);
        if (item.sharesPostOf && !named) continue;
        const implied = named
          ? undefined
          : impliedBody(ctx, item, Math.min(item.start, person.start), bodiesNamed, lexicon);
        // A bare post (党委委员、副总经理) in a text about an organization is one of its posts.
        body = named?.body ?? implied?.body ?? body ?? lastOrganization;
        if (!body) continue;
        if (body.entity.type === 'Organization') lastOrganization = body;
        // 该支部书记, 其党委委员: a word pointing back is no part of the post.
        const title = (named?.title ?? implied?.title ?? barePost(item.text)).replace(
          /^[该其此这本]/,
          '',
        );
        if (!title) continue;
        const postStart = named ? named.body.start : item.end - title.length;
        const cue = statusCue(text.slice(regionStart, Math.max(regionStart, postStart)), lexicon);
        if (item === chain.items[0]) {
          const inList = listed !== undefined && /^、?$/.test(text.slice(listed.end, postStart));
          chainStatus = cue ?? (inList ? listed?.status : undefined);
        }
        // A carried subject's post is in a later sentence than the person (同年10月，她当选…).
        const itemSentence = ctx.sentence(sentenceAt(item.start)) ?? sentence;
        const span = postSpan({
          before: text.slice(chain.clauseStart, item.start),
          after: text.slice(item.end, itemSentence.end),
          takenUp: chain.takenUp,
          left: chain.left ?? false,
          sentenceBefore: text.slice(itemSentence.start, item.start),
          earlier: earlierText(ctx, itemSentence.index),
          published: ctx.doc.meta.date,
        });
        // One to come has no dates yet.
        const status = cue ?? chainStatus ?? (chain.left ? 'former' : undefined);
        const dates = status === 'designate' ? {} : span;
        const post = relationBetween(
          ctx,
          'HOLDS_POSITION',
          person,
          body,
          { title, ...(status ? { status } : {}), ...dates },
          [item],
        );
        posts.push(post);
        held.push({ person, post, left: chain.left ?? false, takenUp: chain.takenUp });
      }
      listed = { end: person.end, status: chainStatus };
    }
  }
  groupDates(ctx, held, lexicon.takeUpVerbs, ctx.doc.meta.date);
  laterTakeUps(ctx, held, ctx.doc.meta.date);
  listDates(ctx, held, ctx.doc.meta.date);
  return { posts, delegations };
}

/**
 * Posts the text gives no status are held at the article's date, unless it gives
 * them an end (2005年至2012年任…), when they were held before.
 */
export function withPostStatus(relations: Relation[]): Relation[] {
  return relations.map((r) =>
    r.type === 'HOLDS_POSITION' && !r.status ? { ...r, status: r.until ? 'former' : 'current' } : r,
  );
}
