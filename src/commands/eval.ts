import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError, messageOf } from '../errors';
import { parseGraph } from '../io/graph-file';
import { score } from '../pipeline/evaluate/score';
import type { DocumentGraph } from '../types/graph';

export interface EvalOptions {
  gold: string;
  pred: string;
  verbose?: boolean;
  json?: boolean;
}

async function readGraph(file: string): Promise<DocumentGraph> {
  try {
    return parseGraph(await fs.readFile(file, 'utf8'), path.basename(file, '.json'));
  } catch (error) {
    throw new UsageError(`${file}: ${messageOf(error)}`);
  }
}

export async function run(options: EvalOptions): Promise<void> {
  for (const dir of [options.gold, options.pred])
    if (!existsSync(dir)) throw new UsageError(`no such folder: ${dir}`);
  const files = (await fs.readdir(options.gold)).filter((f) => f.endsWith('.json')).sort();
  if (!files.length) throw new UsageError(`no gold files (*.json) in ${options.gold}`);
  const pairs = await Promise.all(
    files.map(async (f) => {
      const predFile = path.join(options.pred, f);
      return {
        doc: path.basename(f, '.json'),
        gold: await readGraph(path.join(options.gold, f)),
        pred: existsSync(predFile) ? await readGraph(predFile) : undefined,
      };
    }),
  );
  const result = score(pairs);
  if (options.json) {
    console.log(
      JSON.stringify(options.verbose ? result : { ...result, misses: undefined }, null, 2),
    );
    return;
  }
  console.log(
    `${'type'.padEnd(26)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}     tp    fp    fn`,
  );
  for (const [k, r] of Object.entries(result.rows)) {
    const n = (x: number) => x.toFixed(3).padStart(7);
    console.log(
      `${k.padEnd(26)}${n(r.p)}${n(r.r)}${n(r.f1)}  ${[r.tp, r.fp, r.fn].map((x) => String(x).padStart(5)).join(' ')}`,
    );
  }
  const show = (x: number | null) => (x === null ? '-' : x.toFixed(3));
  console.log(
    `admin-code linking accuracy ${show(result.linkAccuracy)}, title accuracy ${show(result.titleAccuracy)}, fact year accuracy ${show(result.factYearAccuracy)}`,
  );
  if (options.verbose) for (const m of result.misses) console.log('  ' + m);
}
