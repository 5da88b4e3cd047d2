/**
 * Relations and mentions kept as columns of numbers, made into records only as
 * they are read. At ×1000 the input holds 570k mentions and 265k relations: as
 * objects about 50 MB, held through the whole stage beside the graphs; as
 * columns over numbered strings (entity keys, documents, `via`) about a fifth
 * of that. Each table reads back like the array of records it replaces, in the
 * order the records were added.
 */
import type { RelationType } from '../../../types/graph';
import type { MentionRecord, RelationRecord } from '../types';

/** Strings numbered in the order first met, each held once. */
class StringPool {
  private readonly ids = new Map<string, number>();
  readonly strings: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(value, id);
      this.strings.push(value);
    }
    return id;
  }
}

/** A growable column of 32-bit integers. */
class IntColumn {
  private values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(Math.max(1024, this.values.length * 2));
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  get(i: number): number {
    return this.values[i];
  }

  /** Gives back the room kept for growth (up to half the column). */
  trim(): void {
    if (this.values.length > this.length) this.values = this.values.slice(0, this.length);
  }
}

const NONE = -1;

export class MentionTable implements Iterable<MentionRecord> {
  private readonly keys: StringPool;
  private readonly docs = new StringPool();
  private readonly key = new IntColumn();
  private readonly doc = new IntColumn();
  private readonly sentence = new IntColumn();

  /** `keys` may be shared with a relation table: one number per entity key. */
  constructor(keys = new StringPool()) {
    this.keys = keys;
  }

  get length(): number {
    return this.key.length;
  }

  add(m: MentionRecord): void {
    this.key.push(this.keys.id(m.key));
    this.doc.push(this.docs.id(m.doc));
    this.sentence.push(m.sentence);
  }

  /** Once every mention is in: the columns shrink to their length. */
  trim(): void {
    for (const column of [this.key, this.doc, this.sentence]) column.trim();
  }

  *[Symbol.iterator](): Iterator<MentionRecord> {
    for (let i = 0; i < this.length; i++)
      yield {
        key: this.keys.strings[this.key.get(i)],
        doc: this.docs.strings[this.doc.get(i)],
        sentence: this.sentence.get(i),
      };
  }
}

export class RelationTable implements Iterable<RelationRecord> {
  private readonly keys: StringPool;
  private readonly types = new StringPool();
  private readonly vias = new StringPool();
  private readonly type = new IntColumn();
  private readonly source = new IntColumn();
  private readonly target = new IntColumn();
  private readonly via = new IntColumn();

  constructor(keys = new StringPool()) {
    this.keys = keys;
  }

  get length(): number {
    return this.type.length;
  }

  add(r: RelationRecord): void {
    this.type.push(this.types.id(r.type));
    this.source.push(this.keys.id(r.source));
    this.target.push(this.keys.id(r.target));
    this.via.push(r.via ? this.vias.id(r.via) : NONE);
  }

  /** Once every relation is in: the columns shrink to their length. */
  trim(): void {
    for (const column of [this.type, this.source, this.target, this.via]) column.trim();
  }

  *[Symbol.iterator](): Iterator<RelationRecord> {
    for (let i = 0; i < this.length; i++) {
      const via = this.via.get(i);
      yield {
        type: this.types.strings[this.type.get(i)] as RelationType,
        source: this.keys.strings[this.source.get(i)],
        target: this.keys.strings[this.target.get(i)],
        ...(via === NONE ? {} : { via: this.vias.strings[via] }),
      };
    }
  }
}

/** A relation and a mention table numbering entity keys alike (each key held once). */
export function recordTables(): { relations: RelationTable; mentions: MentionTable } {
  const keys = new StringPool();
  return { relations: new RelationTable(keys), mentions: new MentionTable(keys) };
}
