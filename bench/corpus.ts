/**
 * The benchmark corpus: the sample reports copied ×N, each copy with its people,
 * villages and organizations renamed (see name-variants.ts). Copy 0 is the report
 * itself. A corpus is generated once per size and seed and reused after that.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DocumentGraph } from '../src/types/graph';
import { VariantSources, applyVariants, variantsFor } from './name-variants';
import { gazetteerModule } from './product';
import { GOLD_DIR, RAW_DIR, corpusDir } from './paths';

export interface Corpus {
  size: number;
  dir: string;
  files: number;
  bytes: number;
  seed: string;
}

interface Source {
  name: string;
  text: string;
  gold: DocumentGraph;
}

async function readSources(): Promise<Source[]> {
  const files = (await fs.readdir(RAW_DIR)).filter((f) => f.endsWith('.txt')).sort();
  return Promise.all(
    files.map(async (file) => {
      const name = path.basename(file, '.txt');
      const gold = JSON.parse(
        await fs.readFile(path.join(GOLD_DIR, `${name}.json`), 'utf8'),
      ) as DocumentGraph;
      return { name, text: await fs.readFile(path.join(RAW_DIR, file), 'utf8'), gold };
    }),
  );
}

async function variantSources(sources: Source[]): Promise<VariantSources> {
  const { loadGazetteer } = await gazetteerModule();
  const givenNameChars = new Set<string>();
  for (const { gold } of sources)
    for (const e of gold.entities)
      if (e.type === 'Person') for (const c of e.name.slice(1)) givenNameChars.add(c);
  const villages = new Map<string, string[]>([
    ['社区', []],
    ['村', []],
  ]);
  for (const name of loadGazetteer().names(['Village'])) {
    const unit = name.endsWith('社区') ? '社区' : name.endsWith('村') ? '村' : undefined;
    if (unit && name.length >= 3) villages.get(unit)!.push(name);
  }
  return { givenNameChars: [...givenNameChars].sort(), villages };
}

async function readManifest(dir: string): Promise<Corpus | undefined> {
  try {
    return JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as Corpus;
  } catch {
    return undefined;
  }
}

/** The corpus of `size` copies, generated unless a complete one of the same seed is there. */
export async function ensureCorpus(size: number, seed: string): Promise<Corpus> {
  const dir = corpusDir(size);
  const existing = await readManifest(dir);
  // The folder is where the manifest was read, not the one it names: a checkout may move.
  if (existing?.seed === seed && existing.size === size) return { ...existing, dir };
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  const sources = await readSources();
  const variants = await variantSources(sources);
  const width = String(size - 1).length;
  let bytes = 0;
  for (let copy = 0; copy < size; copy++) {
    for (const source of sources) {
      const text =
        copy === 0
          ? source.text
          : applyVariants(source.text, variantsFor(source.gold, copy, seed, variants));
      const file = path.join(dir, `${String(copy).padStart(width, '0')}-${source.name}.txt`);
      await fs.writeFile(file, text);
      bytes += Buffer.byteLength(text);
    }
  }
  const corpus: Corpus = { size, dir, files: size * sources.length, bytes, seed };
  await fs.writeFile(path.join(dir, 'manifest.json'), JSON.stringify(corpus, null, 2));
  return corpus;
}
