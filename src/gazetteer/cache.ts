/**
 * The packed gazetteer kept on disk (`data/cache/`), so that each extraction
 * worker reads it in milliseconds instead of packing the division list anew
 * (seconds of CPU, hundreds of MB of garbage). The file is named by a digest of
 * all the pack depends on: the input files (path, size, modification time) and
 * the source of the modules that build it, so a changed list or naming rule is
 * never answered from a stale pack.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { PROJECT_ROOT } from '../paths';
import { PackedGazetteer, deserializePacked, serializePacked } from './packed';

export const CACHE_DIR = path.join(PROJECT_ROOT, 'data/cache');
const PREFIX = 'gazetteer-';
/**
 * Packs kept, newest first: the compiled code and the sources (tests) digest
 * differently, and each should find its own pack rather than evict the other's.
 */
const KEPT_PACKS = 3;

/** The modules whose code decides the pack's content and layout. */
const BUILDERS = ['./gazetteer', './name-table', './packed'];

function digest(inputs: string[]): string {
  const hash = createHash('sha256');
  for (const file of inputs) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${path.resolve(file)}\0${size}\0${mtimeMs}\0`);
  }
  for (const module of BUILDERS) hash.update(readFileSync(require.resolve(module)));
  return hash.digest('hex').slice(0, 24);
}

function readPack(file: string): PackedGazetteer | undefined {
  try {
    return deserializePacked(readFileSync(file));
  } catch {
    return undefined;
  }
}

/** Written aside and renamed, so that a worker never reads half a file another is writing. */
function writePack(dir: string, file: string, packed: PackedGazetteer): void {
  try {
    mkdirSync(dir, { recursive: true });
    // A cache, not a source: git is told so from inside the folder.
    writeFileSync(path.join(dir, '.gitignore'), '*\n');
    const aside = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(aside, serializePacked(packed));
    renameSync(aside, file);
    const packs = readdirSync(dir)
      .filter((name) => name.startsWith(PREFIX) && name.endsWith('.bin'))
      .map((name) => path.join(dir, name))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
    for (const old of packs.slice(KEPT_PACKS)) rmSync(old, { force: true });
  } catch {
    // A read-only install packs at each start instead: slower, the same gazetteer.
  }
}

const packFile = (inputs: string[], dir: string) =>
  path.join(dir, `${PREFIX}${digest(inputs)}.bin`);

/** The pack of `inputs` from the cache, or made by `pack` and cached. */
export function cachedPack(
  inputs: string[],
  pack: () => PackedGazetteer,
  dir = CACHE_DIR,
): PackedGazetteer {
  const file = packFile(inputs, dir);
  const cached = readPack(file);
  if (cached) return cached;
  const packed = pack();
  writePack(dir, file, packed);
  return packed;
}

/** Makes sure the cache holds the pack of `inputs`, without reading it when it does. */
export function ensurePack(inputs: string[], pack: () => PackedGazetteer, dir = CACHE_DIR): void {
  const file = packFile(inputs, dir);
  if (!existsSync(file)) writePack(dir, file, pack());
}
