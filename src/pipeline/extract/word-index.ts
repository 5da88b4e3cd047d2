/**
 * A word list indexed by first character, for scanning every position of a text:
 * `longestAt` tries only the words that begin with the character at hand instead
 * of the whole list.
 */
export class WordIndex {
  private readonly byFirst = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      if (!word) continue;
      const list = this.byFirst.get(word[0]);
      if (list) list.push(word);
      else this.byFirst.set(word[0], [word]);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The longest word of the list that starts at `pos` in `text`. */
  longestAt(text: string, pos: number): string | undefined {
    return this.byFirst.get(text[pos])?.find((w) => text.startsWith(w, pos));
  }
}
