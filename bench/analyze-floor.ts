/**
 * `npx tsx bench/analyze-floor.ts [size] [runs]` (default ×1000, 3 runs): the
 * floor of the analyze stage's peak memory at a benchmark size, on the folder
 * the benchmark extracted (run it first). Each child runs in the analyze stage's
 * heap and holds only the co-mention graph, the stage's largest projection
 * (bench/stages/analyze-floor.ts): built alone, with Louvain over it, with its
 * metrics and Louvain. Compare with the stage's own peak at ×100 and ×1000.
 */
import path from 'node:path';
import { runStage } from './child';
import { BENCH_DIR, workDir } from './paths';
import { FLOOR_STEPS, saveCoMention } from './stages/analyze-floor';

const WHAT: Record<(typeof FLOOR_STEPS)[number], string> = {
  graph: 'the co-mention graph alone',
  louvain: 'the co-mention graph and Louvain over it',
  analysis: 'the co-mention graph, its metrics and Louvain',
};

async function main(): Promise<void> {
  const size = Number(process.argv[2] ?? 1000);
  const runs = Number(process.argv[3] ?? 3);
  const dir = path.join(BENCH_DIR, 'analyze-floor', `x${size}`);
  await saveCoMention(path.join(workDir(size), 'extracted'), dir);
  for (const upTo of FLOOR_STEPS) {
    const peaks: number[] = [];
    let counts: Record<string, number> = {};
    for (let run = 0; run < runs; run++) {
      const result = await runStage('analyze-floor', { dir, upTo });
      peaks.push(Math.round(result.peakMb));
      counts = result.counts;
    }
    console.log(
      `×${size}: ${WHAT[upTo]} (${counts.nodes} nodes, ${counts.edges} edges): peak RSS ${peaks.join(', ')} MB`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
