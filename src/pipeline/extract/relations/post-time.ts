/**
 * When a post is held (ontology: HOLDS_POSITION `status`, `since`, `until`):
 * former from 时任/曾任/原/前任, designate from 拟任/拟提名, current from 现任;
 * since/until from the dates written before the post (2016年起任, 2005年至2012年任,
 * 1996.05至1998.01任职, 2019年5月当选) and from 上任三年 against the article's date.
 */
import { DateMention, findDates } from './dates';
import type { Relation } from '../../../types/graph';
import type { Mention, RelationContext } from './context';
import { numberValue } from './numbers';

export type PostStatus = 'current' | 'former' | 'designate';

export interface PostTimeLexicon {
  /** Cue words by status, longest first. */
  statusCues: Array<{ word: string; status: PostStatus }>;
}

export interface PostSpan {
  since?: string;
  until?: string;
}

/** The status cue written last in `before` (the text right before a post), if any. */
export function statusCue(before: string, lexicon: PostTimeLexicon): PostStatus | undefined {
  let best: { at: number; length: number; status: PostStatus } | undefined;
  for (const { word, status } of lexicon.statusCues) {
    const at = before.lastIndexOf(word);
    // A one-character cue (原, 前, 拟) counts only right before the post: 目前 is no 前.
    if (at < 0 || (word.length === 1 && at !== before.length - 1)) continue;
    const end = at + word.length;
    // The nearest cue to the post wins; of two ending at the same place, the longer.
    const bestEnd = best ? best.at + best.length : -1;
    if (end > bestEnd || (end === bestEnd && word.length > (best?.length ?? 0)))
      best = { at, length: word.length, status };
  }
  return best?.status;
}

const pad = (n: string) => n.padStart(2, '0');
const DATE = String.raw`(\d{4})\s*(?:年\s*(?:(\d{1,2})\s*月)?|[.．/](\d{1,2})(?!\d))`;
const RANGE = new RegExp(`${DATE}\\s*(?:至|到|-|—|－|～|~)\\s*${DATE}`, 'g');
/** 从这天起, 自那时起, 从此: from a date written before. */
const FROM_THEN = /(?:从|自)(?:这天|那天|这一天|那一天|这时|那时|此)(?:起|开始|以后)?/;
/** 2016年以来, 2016年起: a date that starts what follows it. */
const MARKED_START = new RegExp(`${DATE}\\s*(?:起|以来|开始)`, 'g');
/** 1996.05: a year and month as résumés write them (findDates reads 1996年5月). */
const DOTTED = /(\d{4})[.．/](\d{1,2})(?!\d)/g;
/**
 * What a date before a post may date instead: birth, joining work or the party,
 * service (1978年9月生，2001年8月参加工作，…担任).
 */
const LIFE_EVENT =
  /^(?:起|开始)?\s*(?:出生|生人|生(?=[，,。；;、）)\s]|$)|参加工作|参加革命|入党|加入中国共产党|入伍|参军|毕业|退伍|退役)/;
/** 时任, 拟任: the 任 says the post was held then, or is to be, not when it began. */
const HELD_THEN = /(?:时|拟)任为?$/;
/** 卸任, 离任: the date of the 任 is when the post ended. */
const LEFT_THEN = /(?:卸|离|辞)任$/;
/** 任…至2018年, 任…，直到2018年退休: the end of a post written right after it. */
const UNTIL_AFTER = new RegExp(
  `^(?:(?:至|到)${DATE}(?=[，,。；;！？]|$|止|为止)|[，,](?:直到|直至|一直到)${DATE}(?:退休|卸任|离任|离职|为止))`,
);
const NUMERAL = '[\\d一二两三四五六七八九十]{1,3}';
/** 同年10月, 当年: the year of the date written before. */
const SAME_YEAR = /(?:同年|当年)(?:(\d{1,2})月)?/g;
/** 三年前当选: years before the article's date. */
const YEARS_AGO = new RegExp(`(${NUMERAL})年前`, 'g');
/**
 * 2019年上任后, 于2018年3月任现职: the date a post said elsewhere was taken up
 * (任现职: the post the person holds, wherever named in the sentence).
 */
const TAKEN_UP_ON = new RegExp(
  `(\\d{4}(?:年(?:\\d{1,2}月)?|[.．]\\d{1,2}))(?:起|开始)?(?:上任|到任|履新|(?<now>任现职))`,
);
/**
 * 上任三年, 任职5年, 到任已有十个年头, 担任村支书已有十年, 担任村主任二十年来: the years
 * since taking up the post.
 */
const YEARS_IN_POST = new RegExp(
  [
    `(?:上任|任职|到任|履职)(?:已经|已有|已|有|了|以来)?(?<afterTakingUp>${NUMERAL})个?(?:年|个年头)`,
    `担任[^，,。；;！？]{1,20}?(?:已经|已有|已)(?<heldFor>${NUMERAL})个?(?:年|个年头)`,
    `担任[^，,。；;！？]{1,20}?(?<yearsSince>${NUMERAL})个?年来`,
  ].join('|'),
);

function isoOf(m: RegExpExecArray | RegExpMatchArray, offset: number): string {
  const year = m[offset];
  const month = m[offset + 1] ?? m[offset + 2];
  return month ? `${year}-${pad(month)}` : year;
}

/**
 * The dates of `text` that may date a post, in text order: not a birth, joining work
 * or service; 1996.05 and 三年前 (against the article's date `published`) too.
 */
function postDates(text: string, published?: string, earlier = ''): DateMention[] {
  let found = findDates(text, published);
  const add = (m: RegExpMatchArray, iso: string) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const overlapping = found.filter((f) => start < f.end && f.start < end);
    // The longer reading wins: 同年10月 over the 当年 findDates reads against the article's date.
    if (overlapping.some((f) => f.end - f.start >= end - start)) return;
    found = [...found.filter((f) => !overlapping.includes(f)), { iso, start, end }];
  };
  for (const m of text.matchAll(SAME_YEAR)) {
    const year = [...(earlier + text.slice(0, m.index)).matchAll(/(\d{4})年/g)].pop()?.[1];
    if (year) add(m, m[1] ? `${year}-${pad(m[1])}` : year);
  }
  for (const m of text.matchAll(DOTTED)) add(m, `${m[1]}-${pad(m[2])}`);
  const year = published && Number(published.slice(0, 4));
  for (const m of text.matchAll(YEARS_AGO)) {
    const years = numberValue(m[1]);
    if (year && years) add(m, String(year - years));
  }
  return found.filter((d) => !LIFE_EVENT.test(text.slice(d.end))).sort((a, b) => a.start - b.start);
}

/** What is written around a post, for its span. */
export interface PostSurroundings {
  /** The post's clause before it. */
  before: string;
  /** The sentence after it. */
  after: string;
  /** Whether a take-up verb put the person into it, or (`left`) moved them out of it. */
  takenUp: boolean;
  left: boolean;
  /** The post's sentence before it, and the few sentences before that (for 同年, 从这天起). */
  sentenceBefore: string;
  earlier: string;
  /** The article's ISO date. */
  published?: string;
}

/**
 * The span a post was held: a range in its clause before it (2005年至2012年任); or,
 * when a take-up verb put the person into it, the last date of the sentence before
 * the post (2021年，在村民的推举下，某某当选…; 去年当选), which a 卸任 makes its end;
 * or, with no such verb, a date in its clause marked as a start (2016年以来一直是);
 * 从这天起 before the post takes the date of the sentences before;
 * and an end written after it (任…至2018年).
 */
export function postSpan(at: PostSurroundings): PostSpan {
  const ranges = [...at.before.matchAll(RANGE)];
  const range = ranges[ranges.length - 1];
  if (range) return { since: isoOf(range, 1), until: isoOf(range, 4) };
  const end = UNTIL_AFTER.exec(at.after);
  const until = end ? isoOf(end, end[1] ? 1 : 4) : undefined;
  const dated = at.takenUp && !HELD_THEN.test(at.before);
  // With no take-up verb (一直是, 现任), a date marked as a start (2016年以来) still dates it.
  const marked = at.takenUp ? undefined : [...at.before.matchAll(MARKED_START)].pop();
  const single = dated
    ? postDates(at.sentenceBefore, at.published, at.earlier).pop()?.iso
    : marked && isoOf(marked, 1);
  // 从这天起…: the date written last before the sentence, when none follows the 这天.
  const anaphor = FROM_THEN.exec(at.sentenceBefore);
  const then =
    anaphor && !postDates(at.sentenceBefore.slice(anaphor.index), at.published).length
      ? postDates(at.earlier, at.published).pop()?.iso
      : undefined;
  const date = then ?? single;
  if (at.left || LEFT_THEN.test(at.before)) return date ? { until: date } : {};
  return { ...(date ? { since: date } : {}), ...(until ? { until } : {}) };
}

/** A post found in the text, with what the dating passes below need to know of it. */
export interface HeldPost {
  person: Mention;
  post: Relation;
  /** 从甲县县长调任…: a post left, which later dates do not start. */
  left: boolean;
  /** Whether a take-up verb put the person into it (任, 当选): a date may start it. */
  takenUp: boolean;
}

/** A post open to a date said elsewhere in the text: not left, not to come, not yet dated. */
const undated = (held: HeldPost) =>
  !held.left && !held.post.since && held.post.status !== 'designate';

/** How many sentences back the person of 上任三年 may be named. */
const SUBJECT_REACH = 1;
/** What may stand between that person and 上任三年: a pronoun for them, 自, 于. */
const ONLY_SUBJECT = /^(?:他|她)?(?:自从|自|从|于|在)?$/;

/** Where a sentence says when a post named elsewhere began, and when. */
function takenUpIn(
  sentence: string,
  published: string,
): { at: number; since: string; now: boolean } | undefined {
  const years = YEARS_IN_POST.exec(sentence);
  const groups = years?.groups ?? {};
  const count = numberValue(groups.afterTakingUp ?? groups.heldFor ?? groups.yearsSince ?? '');
  if (years && count)
    return { at: years.index, since: String(Number(published.slice(0, 4)) - count), now: false };
  const on = TAKEN_UP_ON.exec(sentence);
  const date = on && postDates(on[1], published)[0];
  return on && date ? { at: on.index, since: date.iso, now: !!on.groups?.now } : undefined;
}

/**
 * 上任三年来, 2019年上任后, 任现职: when the one undated post held by a person began,
 * said apart from it: 上任N年 against the article's date `published`. The person is
 * the one named right before (何晓岚2019年上任后), or in the sentence before when the
 * clause opens with 他/她 (她上任三年来); for 任现职, the one named last in the sentence.
 */
export function laterTakeUps(ctx: RelationContext, held: HeldPost[], published?: string): void {
  if (!published) return;
  const persons = ctx.mentions.filter((m) => m.entity.type === 'Person');
  for (const sentence of ctx.sentences) {
    const found = takenUpIn(ctx.sentenceText(sentence.index), published);
    if (!found) continue;
    const at = sentence.start + found.at;
    const subject = persons.filter((p) => p.end <= at).pop();
    if (!subject || sentence.index - subject.sentence > SUBJECT_REACH) continue;
    const between = ctx.doc.text.slice(Math.max(subject.end, sentence.start), at);
    const inSentence = subject.sentence === sentence.index;
    if (!(found.now ? inSentence : ONLY_SUBJECT.test(between))) continue;
    const posts = held.filter(
      (h) => h.person.entity === subject.entity && undated(h) && h.post.status !== 'former',
    );
    const bodies = new Set(posts.map((h) => h.post.tail));
    if (bodies.size !== 1) continue;
    for (const h of posts) h.post.since = found.since;
  }
}

/**
 * 其余6人皆于2016年11月开始担任各县（市、区）委书记: a count of persons, 均/皆/都,
 * a date and a take-up verb before a post said of each of them.
 */
const GROUP_DATE = new RegExp(
  `(其余|其他|另外)?(${NUMERAL})(?:人|位|名)[^，,。；;！？]{0,6}?(?:皆|均|都|全部|全都|同时)` +
    `(?:是|于|在|从|自)?(\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?)(?:起|开始|以来)*` +
    `(?:开始)?(?:VERBS)为?各?((?:[（(][^）)]*[）)]|[^，,。；;！？、（(])+)`,
);

/** 均于2020年1月起任现职: the posts the persons hold. */
const CURRENT_POST = '现职';

/** 县（市、区）委书记 → 县委书记, 市委书记, 区委书记. */
function alternatives(title: string): string[] {
  const m = /^(.*?)[（(]([^）)]*)[）)](.*)$/.exec(title);
  if (!m) return [title];
  return [m[1], ...m[2].split(/[、，,]/)].map((head) => head + m[3]);
}

/** Whether a post's title is the group's (县县长 is 某县's 县长; 现职 is any held). */
const sameTitle = (post: Relation, titles: string[]) =>
  titles.some(
    (t) =>
      t === post.title ||
      t === post.tail.slice(-1) + post.title ||
      (t === CURRENT_POST && post.status !== 'former'),
  );

/**
 * Group dates: the persons of 其余N人 (those named before but not in the sentence),
 * or of N人 (those named in the sentence before the count, else before it), each with
 * one undated post of the title said, take up the date; never more persons than N.
 */
export function groupDates(
  ctx: RelationContext,
  held: HeldPost[],
  takeUpVerbs: Iterable<string>,
  published?: string,
): void {
  const pattern = new RegExp(GROUP_DATE.source.replace('VERBS', [...takeUpVerbs].join('|')));
  for (const sentence of ctx.sentences) {
    const sentenceText = ctx.sentenceText(sentence.index);
    // Every match holds a year (2016年), which most sentences lack: the pattern tries every offset.
    const m = sentenceText.includes('年') ? pattern.exec(sentenceText) : null;
    const count = m && numberValue(m[2]);
    if (!m || !count) continue;
    const at = sentence.start + (m.index ?? 0);
    const named = new Set(ctx.mentionsIn(sentence.index).map((p) => p.entity));
    const namedBefore = ctx
      .mentionsIn(sentence.index)
      .filter((p) => p.entity.type === 'Person' && p.end <= at)
      .map((p) => p.entity);
    const inGroup = (h: HeldPost) =>
      m[1]
        ? h.person.end <= at && !named.has(h.person.entity)
        : namedBefore.length
          ? namedBefore.includes(h.person.entity)
          : h.person.end <= at;
    const titles = alternatives(m[4]);
    const byPerson = new Map<unknown, HeldPost[]>();
    for (const h of held)
      if (inGroup(h) && undated(h) && sameTitle(h.post, titles))
        byPerson.set(h.person.entity, [...(byPerson.get(h.person.entity) ?? []), h]);
    if (byPerson.size > count) continue;
    const since = findDates(m[3], published)[0]?.iso;
    for (const posts of byPerson.values())
      if (since && new Set(posts.map((h) => h.post.tail)).size === 1)
        for (const h of posts) h.post.since = since;
  }
}

/** A sentence that opens a list (2021年1月，经研究决定：). */
const OPENS_LIST = /[：:]\s*$/;

/**
 * 2021年1月，经研究决定：甲任…；乙任…: the date of a sentence that opens a list starts
 * the posts taken up in the sentences right after it, one line each, up to the first
 * line that takes up none.
 */
export function listDates(ctx: RelationContext, held: HeldPost[], published?: string): void {
  for (const sentence of ctx.sentences) {
    const text = ctx.sentenceText(sentence.index);
    if (!OPENS_LIST.test(text)) continue;
    const date = postDates(text, published).pop();
    if (!date) continue;
    for (let line = sentence.index + 1; ; line++) {
      const posts = held.filter((h) => h.person.sentence === line && h.takenUp);
      if (!posts.length) break;
      for (const h of posts) if (undated(h)) h.post.since = date.iso;
    }
  }
}
