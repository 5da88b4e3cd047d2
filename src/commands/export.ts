/**
 * `kg export [DIR] --format neo4j-admin --out OUT [--import-into HOME]`: the
 * graph of an extraction output folder as CSV files for
 * `neo4j-admin database import full`, optionally imported right away into a
 * fresh database under HOME (never the shared server's).
 */
import { UsageError } from '../errors';
import { importNeo4jAdmin, requireSeparateHome } from '../pipeline/load/bulk/admin-import';
import { exportNeo4jAdmin } from '../pipeline/load/bulk/neo4j-admin';
import { readCorpus } from '../pipeline/load';

export interface ExportOptions {
  dir: string;
  format: string;
  out: string;
  importInto?: string;
}

export async function run(options: ExportOptions): Promise<void> {
  if (options.format !== 'neo4j-admin') {
    throw new UsageError(`unknown export format "${options.format}" (neo4j-admin)`);
  }
  if (options.importInto) requireSeparateHome(options.importInto);
  const { corpus, failures } = await readCorpus(options.dir);
  for (const failure of failures) console.error(`kg export: ${failure}`);
  const exported = await exportNeo4jAdmin(corpus, options.out);
  for (const warning of exported.warnings) console.error(`kg export: ${warning}`);
  console.log(
    `kg export: ${exported.nodes} nodes and ${exported.relationships} relationships of ` +
      `${corpus.graphs.length} documents → ${options.out}/ (${exported.files.length} CSV files)`,
  );
  if (!options.importInto) {
    console.log(
      `  import them with: kg export ${options.dir} --out ${options.out} --import-into <new folder>`,
    );
    return;
  }
  const imported = await importNeo4jAdmin(exported, options.importInto);
  console.log(
    `  neo4j-admin imported ${imported.nodes} nodes, ${imported.relationships} relationships ` +
      `and ${imported.properties} properties into ${imported.home} in ${imported.seconds.toFixed(1)}s`,
  );
}
