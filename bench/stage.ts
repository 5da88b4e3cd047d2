/**
 * A child process running one stage once: `stage.ts <name> <json args>`. Running
 * each stage in its own process keeps the peak-memory figure of one stage from
 * another's (process.resourceUsage().maxRSS counts the whole process, worker
 * threads included).
 */
import { performance } from 'node:perf_hooks';
import { RESULT_PREFIX, StageOutput, StageResult } from './stage-protocol';
import { STAGES, StageName } from './stages';

async function main(): Promise<void> {
  const [name, args] = process.argv.slice(2);
  const stage = STAGES[name as StageName];
  if (!stage) throw new Error(`bench: no stage "${name}" (${Object.keys(STAGES).join(', ')})`);
  const started = performance.now();
  const output: StageOutput = await stage(JSON.parse(args ?? '{}'));
  const wallMs = output.timedMs ?? performance.now() - started;
  const usage = process.resourceUsage();
  const result: StageResult = {
    ...output,
    wallMs,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    peakMb: usage.maxRSS / 1024,
  };
  console.log(RESULT_PREFIX + JSON.stringify(result));
}

// Exits as soon as the result is out: a handle left open (a driver's socket) must not
// keep the child, and the harness waiting for it, alive.

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
