/**
 * `kg export [DIR] --format neo4j-admin --out OUT [--import-into HOME]`: the
 * graph of an extraction output folder as CSV files for
 * `neo4j-admin database import full`, optionally imported right away into a
 * fresh database under HOME (never the shared server's).
 *
 * `kg export --format tables --out OUT [DIR]`: tidy tables for analysis with their
 * data dictionary, from the extraction folder DIR (offline) or, without one, from
 * Neo4j.
 */
import { UsageError, someInputsFailed } from '../errors';
import { neo4jConfig, openDriver } from '../neo4j/connection';
import { requireSeparateHome } from '../neo4j/scratch-server';
import { importNeo4jAdmin } from '../pipeline/load/bulk/admin-import';
import { exportNeo4jAdmin } from '../pipeline/load/bulk/neo4j-admin';
import { tableGraphOfRows, writeTables, type TableGraph } from '../pipeline/load/tables/tables';
import { tableGraphFromNeo4j } from '../pipeline/load/tables/from-neo4j';
import { divisionHierarchy, readCorpus } from '../pipeline/load';
import { corpusRows } from '../pipeline/load/graph-rows';

export interface ExportOptions {
  dir?: string;
  format: string;
  out?: string;
  importInto?: string;
}

const DEFAULT_DIR = 'data/out/extracted';

export async function run(options: ExportOptions): Promise<void> {
  if (options.format === 'tables') return exportTables(options);
  if (options.format !== 'neo4j-admin') {
    throw new UsageError(`unknown export format "${options.format}" (neo4j-admin, tables)`);
  }
  const dir = options.dir ?? DEFAULT_DIR;
  const out = options.out ?? 'data/out/import';
  if (options.importInto) requireSeparateHome(options.importInto);
  const { corpus, failures } = await readCorpus(dir);
  for (const failure of failures) console.error(`kg export: ${failure}`);
  const exported = await exportNeo4jAdmin(corpus, out);
  for (const warning of exported.warnings) console.error(`kg export: ${warning}`);
  console.log(
    `kg export: ${exported.nodes} nodes and ${exported.relationships} relationships of ` +
      `${corpus.graphs.length} documents → ${out}/ (${exported.files.length} CSV files)`,
  );
  if (!options.importInto) {
    console.log(`  import them with: kg export ${dir} --out ${out} --import-into <new folder>`);
  } else {
    const imported = await importNeo4jAdmin(exported, options.importInto);
    console.log(
      `  neo4j-admin imported ${imported.nodes} nodes, ${imported.relationships} relationships ` +
        `and ${imported.properties} properties into ${imported.home} in ${imported.seconds.toFixed(1)}s`,
    );
  }
  if (failures.length)
    throw someInputsFailed(failures.length, corpus.graphs.length + failures.length, 'inputs');
}

async function exportTables(options: ExportOptions): Promise<void> {
  if (options.importInto) throw new UsageError('--import-into goes with --format neo4j-admin');
  const out = options.out ?? 'data/out/tables';
  const graph = options.dir ? await offlineGraph(options.dir) : await neo4jGraph();
  const written = await writeTables(graph, out);
  const counts = Object.entries(written.rows).map(([file, n]) => `${file} ${n}`);
  console.log(
    `kg export: tables of ${options.dir ?? 'Neo4j'} → ${out}/ (${counts.join(', ')} rows; ` +
      'README.md describes every column)',
  );
}

async function offlineGraph(dir: string): Promise<TableGraph> {
  const { corpus, failures } = await readCorpus(dir);
  for (const failure of failures) console.error(`kg export: ${failure}`);
  const { rows, warnings } = corpusRows(corpus, divisionHierarchy());
  for (const warning of warnings) console.error(`kg export: ${warning}`);
  return tableGraphOfRows(rows);
}

async function neo4jGraph(): Promise<TableGraph> {
  const driver = await openDriver(neo4jConfig());
  try {
    return await tableGraphFromNeo4j(driver);
  } finally {
    await driver.close();
  }
}
