/**
 * Document metadata: the title (the first heading-like line), and the
 * publication date, source and authors that credit lines state. Credits are
 * read before chrome is removed, because footers such as 责任编辑 name people too.
 */
import type { Author } from '../../types/document';
import { linesOf } from './chars';
import words from './credit-words.json';
import { isCreditLine, parseCredit, type Credits } from './credits';
import { lineKinds } from './line-kinds';

const GENERIC_ROLES = new Set(words.genericRoles);

/**
 * Adds an author unless already credited: the same name and task again is the
 * same credit, and a generic role (作者) gives way to a specific one (记者).
 */
function addAuthor(authors: Author[], author: Author): void {
  const same = authors.find((a) => a.name === author.name && a.task === author.task);
  if (!same) authors.push(author);
  else if (GENERIC_ROLES.has(same.role)) same.role = author.role;
  else if (same.role !== author.role && !GENERIC_ROLES.has(author.role)) authors.push(author);
}

export function readCredits(text: string): Credits {
  const credits: Credits = { authors: [] };
  for (const line of linesOf(text)) {
    if (!isCreditLine(line.text)) continue;
    const parsed = parseCredit(line.text);
    credits.date ??= parsed.date;
    credits.source ??= parsed.source;
    for (const author of parsed.authors) addAuthor(credits.authors, author);
  }
  return credits;
}

/** The title: the first line, when it is a heading (a report may start with prose). */
export function readTitle(text: string): string | undefined {
  const lines = linesOf(text);
  const kinds = lineKinds(text);
  const first = lines.findIndex((line, k) => line.text.trim() !== '' && kinds[k] !== 'byline');
  return first !== -1 && kinds[first] === 'title' ? lines[first].text.trim() : undefined;
}
