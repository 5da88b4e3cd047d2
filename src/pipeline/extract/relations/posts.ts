/**
 * Posts read from the title chain right before a name: "X村党支部书记Y",
 * "X市委常委、组织部部长Y", "党的二十大代表，X市委书记Y". The chain is cut
 * into items at 、 and ，; each item that ends in a post word belongs to the
 * place or organization named in it, or to the one of the item before it
 * (…县纪委书记、县监委主任 Y). An item that names an event and ends in a
 * delegate word makes the person a participant instead. The same chain may
 * follow the name as an apposition: "Y，X村党支部书记，…" or "Y（X集团总裁）".
 */
import type { Relation } from '../../../types/graph';
import type { Mention, RelationContext } from './context';
import { isBody, isPlace, relationBetween } from './context';

export interface PostLexicon {
  /** Post words, longest first (书记, 副部长, 执行总裁). */
  titles: string[];
  /** Words that open a post without being part of it (时任, 原). */
  prefixes: string[];
  /** Delegate words (代表). */
  delegateWords: string[];
  /** Organs that take the place's level with them (委, 纪委: 市委书记, 县纪委书记). */
  suffixedOrgans: string[];
}

/** Where a chain item ends; 、 and ， continue the chain, everything else ends it. */
const CHAIN_SEPARATORS = new Set(['、', '，', ',']);
const CHAIN_STOPS = /[。！？；：:“”"‘’（）()《》\s]/;

interface ChainItem {
  start: number;
  end: number;
  text: string;
}

const endsWithAny = (text: string, words: string[]) => words.some((w) => text.endsWith(w));

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

export interface PostFindings {
  posts: Relation[];
  delegations: Relation[];
}

export function findPosts(ctx: RelationContext, lexicon: PostLexicon): PostFindings {
  const { text } = ctx.doc;
  const posts: Relation[] = [];
  const delegations: Relation[] = [];
  for (const person of ctx.mentions) {
    if (person.entity.type !== 'Person') continue;
    const sentence = ctx.sentence(person.sentence);
    if (!sentence || sentence.kind === 'byline') continue;
    const before = chainBefore(text, person.start, sentence.start, lexicon);
    const items = before.length ? before : chainAfter(text, person.end, sentence.end, lexicon);
    let body: Mention | undefined;
    for (const item of items) {
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
      if (endsWithAny(item.text, lexicon.delegateWords) && !endsWithAny(item.text, lexicon.titles))
        continue;
      const named = inside.filter((m) => isBody(m.entity)).pop();
      body = named ?? body;
      if (!body) continue;
      const title = named ? postTitle(text, named, item, lexicon) : item.text;
      if (title)
        posts.push(relationBetween(ctx, 'HOLDS_POSITION', person, body, { title }, [item]));
    }
  }
  return { posts, delegations };
}
