/**
 * Baseline: the bulk ceiling — the corpus exported as CSV and imported with
 * `neo4j-admin database import full` into a database home of its own (issue 7's
 * export and import; the shared server is not touched). Timed from CSV export to
 * the end of the import, since both are needed to get the graph in that way.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { adminExportModule, adminImportModule } from '../product';
import type { StageOutput } from '../stage-protocol';
import { readCorpus, recordCount } from './corpus-files';

export async function adminImportStage(args: {
  extracted: string;
  work: string;
}): Promise<StageOutput> {
  const { exportNeo4jAdmin } = await adminExportModule();
  const { importNeo4jAdmin } = await adminImportModule();
  const corpus = await readCorpus(args.extracted);
  const started = performance.now();
  const exported = await exportNeo4jAdmin(corpus, path.join(args.work, 'admin-csv'));
  const imported = await importNeo4jAdmin(exported, path.join(args.work, 'admin-home'));
  return {
    timedMs: performance.now() - started,
    counts: {
      records: recordCount(corpus.graphs),
      nodes: imported.nodes,
      relationships: imported.relationships,
      importMs: imported.seconds * 1000,
    },
  };
}
