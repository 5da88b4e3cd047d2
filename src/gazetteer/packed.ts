/**
 * The gazetteer in typed arrays: 665,000 divisions and their 340,000 names as
 * objects cost each extraction worker seconds to build and some 300 MB of heap
 * that every full garbage collection walks again. Packed, they are a few tens of
 * MB outside the heap, written to one buffer and read back in milliseconds
 * (`cache.ts`); `Gazetteer` makes `Division` objects only for the names a text asks for.
 */
import type { PlaceType } from '../types/graph';
import { FNV_OFFSET, NameFilters, addToFilters, emptyFilters, extendHash } from './name-table';

/** Place types by level, as stored in `types`. */
export const LEVEL_TYPES: PlaceType[] = ['Province', 'City', 'County', 'Township', 'Village'];

/** Strings end to end: string `i` is `chars[starts[i]] … chars[starts[i + 1] - 1]`. */
export interface PackedStrings {
  starts: Uint32Array;
  chars: Uint16Array;
}

/** Names and the divisions (indices) each denotes, in an open-addressing hash table. */
export interface PackedNames {
  filters: NameFilters;
  /** Entry index + 1 per slot, 0 for an empty slot; a power of two long. */
  slots: Int32Array;
  keys: PackedStrings;
  /** Entry `i`'s divisions: `divisions[valueStarts[i]] … divisions[valueStarts[i + 1] - 1]`. */
  valueStarts: Uint32Array;
  divisions: Int32Array;
}

export interface PackedDivisions {
  /** Codes as numbers: all digits, no leading zero, at most 12 of them. */
  codes: Float64Array;
  /** The parent's code, 0 for none. */
  parents: Float64Array;
  /** Index into `LEVEL_TYPES`. */
  types: Uint8Array;
  names: PackedStrings;
  /** Division indices in the order of their codes, for lookups by code. */
  byCode: Int32Array;
}

export interface PackedGazetteer {
  divisions: PackedDivisions;
  fullNames: PackedNames;
  shortForms: PackedNames;
  formerNames: PackedNames;
}

export function packStrings(strings: string[]): PackedStrings {
  const starts = new Uint32Array(strings.length + 1);
  let length = 0;
  strings.forEach((s, i) => {
    starts[i] = length;
    length += s.length;
  });
  starts[strings.length] = length;
  const chars = new Uint16Array(length);
  strings.forEach((s, i) => {
    for (let c = 0; c < s.length; c++) chars[starts[i] + c] = s.charCodeAt(c);
  });
  return { starts, chars };
}

export function stringAt(strings: PackedStrings, i: number): string {
  return String.fromCharCode(...strings.chars.subarray(strings.starts[i], strings.starts[i + 1]));
}

function hashOf(name: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < name.length; i++) hash = extendHash(hash, name.charCodeAt(i));
  return hash >>> 0;
}

/** Names with their division indices, in the order given (values in theirs). */
export function packNames(entries: Map<string, number[]>): PackedNames {
  const names = [...entries.keys()];
  const slots = new Int32Array(1 << Math.ceil(Math.log2(Math.max(2, names.length * 2))));
  const filters = emptyFilters();
  const valueStarts = new Uint32Array(names.length + 1);
  const divisions: number[] = [];
  names.forEach((name, entry) => {
    addToFilters(filters, name);
    let slot = hashOf(name) & (slots.length - 1);
    while (slots[slot]) slot = (slot + 1) & (slots.length - 1);
    slots[slot] = entry + 1;
    valueStarts[entry] = divisions.length;
    divisions.push(...(entries.get(name) ?? []));
  });
  valueStarts[names.length] = divisions.length;
  return {
    filters,
    slots,
    keys: packStrings(names),
    valueStarts,
    divisions: Int32Array.from(divisions),
  };
}

function keyEquals(keys: PackedStrings, entry: number, name: string): boolean {
  const start = keys.starts[entry];
  if (keys.starts[entry + 1] - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) {
    if (keys.chars[start + i] !== name.charCodeAt(i)) return false;
  }
  return true;
}

/** The entry of `name`, or -1. */
export function findEntry(names: PackedNames, name: string): number {
  const mask = names.slots.length - 1;
  for (let slot = hashOf(name) & mask; names.slots[slot]; slot = (slot + 1) & mask) {
    const entry = names.slots[slot] - 1;
    if (keyEquals(names.keys, entry, name)) return entry;
  }
  return -1;
}

/** One typed array of a packed gazetteer, by its path (`fullNames.filters.bloom`). */
type Section = [string, ArrayBufferView];

const ARRAY_TYPES = { Float64Array, Uint32Array, Int32Array, Uint16Array, Uint8Array };
type ArrayTypeName = keyof typeof ARRAY_TYPES;

function sections(value: object, prefix = ''): Section[] {
  return Object.entries(value).flatMap(([key, v]): Section[] =>
    ArrayBuffer.isView(v) ? [[prefix + key, v]] : sections(v as object, `${prefix}${key}.`),
  );
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

/** One buffer: a 4-byte header length, a JSON header, then each array at an 8-byte boundary. */
export function serializePacked(packed: PackedGazetteer): Buffer {
  let offset = 0;
  const layout = sections(packed).map(([path, array]) => {
    const entry = {
      path,
      type: array.constructor.name,
      offset,
      length: array.byteLength / (array as Uint8Array).BYTES_PER_ELEMENT,
    };
    offset = align8(offset + array.byteLength);
    return entry;
  });
  const header = Buffer.from(JSON.stringify(layout));
  const body = align8(4 + header.length);
  const out = Buffer.alloc(body + offset);
  out.writeUInt32LE(header.length, 0);
  header.copy(out, 4);
  sections(packed).forEach(([, array], i) => {
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(
      out,
      body + layout[i].offset,
    );
  });
  return out;
}

/** Reads back what `serializePacked` wrote; the arrays are views of `bytes`, not copies. */
export function deserializePacked(bytes: Uint8Array): PackedGazetteer {
  // Views need aligned offsets: copy when the bytes start off an 8-byte boundary.
  const data = bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const headerLength = view.getUint32(0, true);
  const header = Buffer.from(data.buffer, data.byteOffset + 4, headerLength).toString('utf8');
  const layout = JSON.parse(header) as {
    path: string;
    type: ArrayTypeName;
    offset: number;
    length: number;
  }[];
  const body = data.byteOffset + align8(4 + headerLength);
  const root: Record<string, unknown> = {};
  for (const { path, type, offset, length } of layout) {
    const keys = path.split('.');
    let node = root;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    const end = body + offset + length * ARRAY_TYPES[type].BYTES_PER_ELEMENT;
    if (end > data.byteOffset + data.byteLength) throw new Error('packed gazetteer: truncated');
    node[keys[keys.length - 1]] = new ARRAY_TYPES[type](
      data.buffer as ArrayBuffer,
      body + offset,
      length,
    );
  }
  return root as unknown as PackedGazetteer;
}
