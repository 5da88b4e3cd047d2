/**
 * Document metadata: the title (the first heading-like line), and the
 * publication date, source and authors that credit lines state. Credits are
 * read before chrome is removed, because footers such as 责任编辑 name people too.
 */
import type { Author, DocumentMeta } from '../../types/document';
import { linesOf } from './chars';
import { isCreditLine, parseCredit } from './credits';
import { lineKinds } from './line-kinds';

export type Credits = Omit<DocumentMeta, 'title'>;

export function readCredits(text: string): Credits {
  const credits: Credits = { authors: [] };
  const seen = new Set<string>();
  for (const line of linesOf(text)) {
    if (!isCreditLine(line.text)) continue;
    const parsed = parseCredit(line.text);
    credits.date ??= parsed.date;
    credits.source ??= parsed.source;
    for (const author of parsed.authors) {
      const key = authorKey(author);
      if (seen.has(key)) continue;
      seen.add(key);
      credits.authors.push(author);
    }
  }
  return credits;
}

function authorKey(author: Author): string {
  return [author.name, author.role, author.task ?? ''].join('\u0000');
}

/** The title: the first line, when it is a heading (a report may start with prose). */
export function readTitle(text: string): string | undefined {
  const lines = linesOf(text);
  const kinds = lineKinds(text);
  const first = lines.findIndex((line, k) => line.text.trim() !== '' && kinds[k] !== 'byline');
  return first !== -1 && kinds[first] === 'title' ? lines[first].text.trim() : undefined;
}
