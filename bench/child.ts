/** Runs one stage in a fresh child process and reads back its result line. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './paths';
import { RESULT_PREFIX, StageResult } from './stage-protocol';
import type { StageName } from './stages';

/**
 * Old-space limit per stage, in MB. The streaming stages run in a bounded heap, as
 * a user bounding memory would: their live data stays flat, and an unbounded V8
 * lets the heap grow towards its limit before collecting, so their peak memory
 * would measure the collector's laziness rather than the stage. A stage that
 * needed more would fail here, not pass. Analyze holds one projection's edges at a
 * time: its heap at ×1000 peaks near 165 MB after a full collection, so 250 MB
 * leaves half again as much; with it the stage's peak RSS falls from about 560 to
 * 330–360 MB for no measurable CPU time (12–16 s either way). The synthetic analytics
 * graph needs several GB.
 */
const ANALYZE_HEAP_MB = 250;
const HEAP_MB: Partial<Record<StageName, number>> = {
  ingest: 512,
  load: 512,
  analyze: ANALYZE_HEAP_MB,
  // Its floor (bench/analyze-floor.ts) in the same heap.
  'analyze-floor': ANALYZE_HEAP_MB,
};
const DEFAULT_HEAP_MB = 12288;

export function runStage(name: StageName, args: object): Promise<StageResult> {
  const heap = `--max-old-space-size=${HEAP_MB[name] ?? DEFAULT_HEAP_MB}`;
  const node = [
    '--require',
    'tsx/cjs',
    heap,
    path.join(__dirname, 'stage.ts'),
    name,
    JSON.stringify(args),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, node, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      process.stderr.write(chunk);
      stderr = (stderr + chunk).slice(-4096);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      // The error's first line names the problem (the stack follows it above).
      const problem = stderr
        .split('\n')
        .find((l) => /error/i.test(l))
        ?.trim();
      if (code !== 0 || !line)
        reject(new Error(`stage ${name} failed (exit code ${code}): ${problem ?? 'see above'}`));
      else resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as StageResult);
    });
  });
}
