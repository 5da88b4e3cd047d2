/** `kg load [DIR]`: loads extraction output (per-document graphs and documents.jsonl) into Neo4j. */
import { UsageError } from '../errors';
import { loadFolder, type LoadStageResult } from '../pipeline/load/run';

export interface LoadCommandOptions {
  dir: string;
  batchSize?: string;
  /** Remove the articles that are not in the input (`--prune`). */
  prune?: boolean;
}

/** `kg load`: an extraction output folder into Neo4j. */
export async function run(options: LoadCommandOptions): Promise<void> {
  const started = Date.now();
  const loaded = await loadFolder(options.dir, {
    batchSize: parseBatchSize(options.batchSize),
    prune: options.prune,
  });
  const { summary } = loaded;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    [
      `kg load: ${summary.documents} documents in ${seconds}s`,
      ...loadReport(loaded),
      `  written          ${summary.nodesCreated} nodes, ${summary.relationshipsCreated} ` +
        `relationships created; ${summary.nodesDeleted} and ${summary.relationshipsDeleted} deleted`,
    ].join('\n'),
  );
  if (summary.failed) throw new UsageError(`${summary.failed} graphs could not be loaded`, 1);
}

function parseBatchSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new UsageError(`--batch-size expects a whole number of documents, got "${value}"`);
  }
  return n;
}

/** The summary lines of a load, shared with `kg build`. */
export function loadReport({ summary: s, uri, notInInput, pruned }: LoadStageResult): string[] {
  return [
    `  articles         ${s.loaded} loaded, ${s.replaced} replaced, ${s.skipped} unchanged` +
      (s.failed ? `, ${s.failed} failed` : '') +
      (pruned ? `, ${pruned} not in the input pruned` : ''),
    `  not in input     ${notInInput} articles of the graph` +
      (notInInput ? ' (--prune removes them)' : ''),
    `  graph            ${s.totals.nodes} nodes, ${s.totals.relationships} relationships in ${uri}`,
  ];
}
