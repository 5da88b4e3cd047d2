/**
 * Credit lines: bylines (本报记者 王某 通讯员 李某), photo credits (拍友 张某 摄,
 * 某村供图) and header lines (发布时间：… 来源：… 作者：…). They are kept in the text
 * because they name people, recognised so that they are marked and parsed into
 * the document's authors, source and date.
 */
import type { Author, DocumentMeta } from '../../types/document';
import words from './credit-words.json';

const byLength = (a: string, b: string) => b.length - a.length;
const ROLES = [...words.roles].sort(byLength);
const TASKS = new Set(words.tasks);
const LABELS = new Set([...words.roles, ...words.sourceLabels, ...words.dateLabels]);
const SOURCE_LABELS = new Set(words.sourceLabels);
const DATE_LABELS = new Set(words.dateLabels);
const UNKNOWN_SOURCES = new Set(words.unknownSources);

/** Longest credit line worth the name; longer lines are prose. */
const MAX_CREDIT_LENGTH = 80;
/** A credit with the name glued to its task (某村供图) is short. */
const MAX_GLUED_CREDIT_LENGTH = 20;

const alternation = (list: readonly string[]) => [...list].sort(byLength).join('|');
const DATE = String.raw`(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)`;
const DATE_RE = new RegExp(DATE);
const DATE_LINE = new RegExp(String.raw`^${DATE}(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?`);
const LABEL_RE = new RegExp(`^(?:${alternation([...LABELS])})\\s*[：:]`);
const PHOTO_END = new RegExp(`(?:${alternation(words.photoTasks)})$`);
const GLUED_END = new RegExp(`(?:${alternation(words.gluedTasks)})$`);
const TASK_END = new RegExp(`(?:^|\\s)(?:${alternation(words.tasks)})$`);
/** Prose has clause punctuation; credit lines separate names with spaces or 、. */
const PROSE_PUNCTUATION = /[。，！？；,!?;]/;
const NAME = /^\p{Script=Han}{2,4}$|^\p{Script=Han}{1,6}·\p{Script=Han}{1,6}$/u;

function unwrap(line: string): string {
  return line.trim().replace(/^[（(]\s*(.*?)\s*[)）]$/, '$1');
}

/** The role a token names, if it is one: exact, with an affiliation before it, or 共享联盟·某地. */
function roleOf(token: string): string | undefined {
  for (const role of ROLES) {
    if (token === role || token.endsWith(role) || token.startsWith(`${role}·`)) return role;
  }
  return undefined;
}

export function isCreditLine(line: string): boolean {
  const body = unwrap(line);
  if (body === '' || body.length > MAX_CREDIT_LENGTH || PROSE_PUNCTUATION.test(body)) return false;
  if (LABEL_RE.test(body) || DATE_LINE.test(body)) return true;
  const first = body.split(/[\s：:]+/)[0];
  if (roleOf(first) && /[\s：:]/.test(body)) return true;
  if (TASK_END.test(body)) return true;
  return body.length <= MAX_GLUED_CREDIT_LENGTH && GLUED_END.test(body);
}

/** A credit for a photo: the line before it is the photo's caption. */
export function isPhotoCredit(line: string): boolean {
  return isCreditLine(line) && PHOTO_END.test(unwrap(line));
}

/** What credit lines tell of a document: everything of its metadata but the title. */
export type Credits = Omit<DocumentMeta, 'title'>;

function isoDate(text: string): string | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [m[1], m[2] ?? m[4], m[3] ?? m[5]].map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function cleanSource(raw: string): string | undefined {
  const title = /《([^》]+)》/.exec(raw);
  const source = title ? title[1] : raw;
  return source === '' || UNKNOWN_SOURCES.has(source) ? undefined : source;
}

/**
 * Reads one credit line. Roles apply to the names after them; a task after
 * names (摄, 整理) applies to the names since the last task, and ends the role.
 */
export function parseCredit(line: string): Credits {
  const credits: Credits = { authors: [] };
  // A colon after a label separates it from what follows even without a space.
  const tokens = unwrap(line)
    .replace(/[：:]/g, '： ')
    .split(/[\s、]+/)
    .filter(Boolean);
  let role: string | undefined;
  let mode: 'names' | 'source' | 'date' = 'names';
  let pending: Author[] = [];
  for (const token of tokens) {
    const label = token.endsWith('：') ? token.slice(0, -1) : undefined;
    if (label !== undefined && SOURCE_LABELS.has(label)) {
      mode = 'source';
    } else if (label !== undefined && DATE_LABELS.has(label)) {
      mode = 'date';
    } else if (mode === 'source' && label === undefined) {
      credits.source ??= cleanSource(token);
      mode = 'names';
    } else if (mode === 'date' && label === undefined) {
      credits.date ??= isoDate(token);
      mode = 'names';
    } else if (roleOf(label ?? token)) {
      mode = 'names';
      role = roleOf(label ?? token);
    } else if (TASKS.has(token)) {
      for (const author of pending) {
        if (author.role === '') author.role = token;
        else author.task = token;
      }
      pending = [];
      role = undefined;
    } else if (DATE_LINE.test(token)) {
      credits.date ??= isoDate(token);
    } else if (NAME.test(token)) {
      const author: Author = { name: token, role: role ?? '' };
      pending.push(author);
      credits.authors.push(author);
    }
  }
  // A name no role or task claimed is not known to be a person.
  credits.authors = credits.authors.filter((a) => a.role !== '');
  return credits;
}
