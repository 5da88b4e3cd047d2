/**
 * The cleaning pipeline, from decoded text to normalized text, as a sequence of
 * edit steps on tracked text (so provenance is kept by construction):
 *
 * 1. character-level: invisible characters, markdown markup, pinyin readings,
 *    traditional → simplified (only when detected);
 * 2. credits are read (before any line goes, since footers name editors);
 * 3. site chrome lines go (before the steps below, which would count changes in them);
 * 4. punctuation widths, whitespace, broken lines, then repeated passages (a
 *    paragraph cut short by a removed repeat must not be joined to the next);
 * 5. layout: one paragraph a line, no blank lines.
 */
import type { Script } from '../../types/document';
import { chromeEdits } from './clean/chrome';
import { duplicateEdits } from './clean/duplicates';
import { linebreakEdits } from './clean/linebreaks';
import { pinyinEdits } from './clean/pinyin';
import { invisibleEdits, whitespaceEdits } from './clean/whitespace';
import { markdownEdits } from './markdown';
import type { Credits } from './credits';
import { readCredits } from './metadata';
import { punctuationEdits } from './punctuation';
import { detectScript, simplifyEdits } from './script';
import { applyEdits, regexEdits, trackOriginal, type Edit, type TrackedText } from './tracked-text';

export type Format = 'text' | 'markdown' | 'html';

export interface Normalized {
  tracked: TrackedText;
  script: Script;
  credits: Credits;
  cleaning: Record<string, number>;
}

type Step = (text: string) => Edit[];

function run(tracked: TrackedText, steps: Step[], counts: Record<string, number>): TrackedText {
  return steps.reduce((current, step) => applyEdits(current, step(current.text), counts), tracked);
}

/** Blank lines and the edges of the text are layout: one paragraph a line. */
function layoutEdits(text: string): Edit[] {
  return [
    ...regexEdits(text, /^\n+/g, () => ''),
    ...regexEdits(text, /(?<=[^\n])\n{2,}(?=[^\n])/g, () => '\n'),
    ...regexEdits(text, /\n+$/g, () => ''),
  ];
}

function characterSteps(format: Format, script: Script): Step[] {
  return [
    invisibleEdits,
    ...(format === 'markdown' ? [markdownEdits] : []),
    pinyinEdits,
    ...(script === 'traditional' ? [simplifyEdits] : []),
  ];
}

export function normalize(source: TrackedText, format: Format): Normalized {
  const cleaning: Record<string, number> = {};
  // Script is judged without pinyin, which is Latin and would only dilute the counts.
  const withoutPinyin = applyEdits(source, pinyinEdits(source.text), {});
  const script = detectScript(withoutPinyin.text);
  const characters = run(source, characterSteps(format, script), cleaning);
  const credits = readCredits(characters.text);
  const tracked = run(
    characters,
    [chromeEdits, punctuationEdits, whitespaceEdits, linebreakEdits, duplicateEdits, layoutEdits],
    cleaning,
  );
  return { tracked, script, credits, cleaning };
}

/**
 * Cleans a stretch of original text the way `normalize` cleans text inside a
 * paragraph: character steps, punctuation, whitespace, line breaks closed up.
 * Normalizing a document and mapping a sentence back must give a stretch that
 * this turns back into the sentence (markup aside).
 */
export function cleanFragment(fragment: string, script: Script): string {
  const joinLines: Step = (text) => regexEdits(text, /[^\S\n]*\n\s*/g, () => '');
  const steps = [...characterSteps('text', script), punctuationEdits, whitespaceEdits, joinLines];
  return run(trackOriginal(fragment), steps, {}).text;
}
