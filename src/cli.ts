#!/usr/bin/env node
/**
 * The `kg` command line. Thin on purpose: each command lives in
 * `src/commands/<name>.ts`, is loaded only when it runs, and gets its options as
 * one object. Only `main` decides exit codes.
 */
import { Command, CommanderError, Option } from 'commander';
import { UsageError, messageOf } from './errors';
import { STAGES } from './pipeline/registry';

const DEFAULT_RAW = 'data/raw';
const DEFAULT_OUT = 'data/out';

function collectParam(value: string, previous: Record<string, string>): Record<string, string> {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new UsageError(`--param expects key=value, got "${value}"`);
  return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
}

export function createProgram(): Command {
  const program = new Command('kg')
    .description('Build a knowledge graph in Neo4j from Chinese reports on local governance.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('build')
    .description(`run the pipeline: ${STAGES.join(' → ')} (or a slice of it)`)
    .argument('[inputs...]', 'files or folders of reports', [DEFAULT_RAW])
    .option(
      '-o, --out <dir>',
      'working folder: documents.jsonl, extracted/, reports/ (each stage reads the one before)',
      DEFAULT_OUT,
    )
    .option(
      '--workers <n>',
      'worker threads for extraction (0: none; default: one per core for inputs over 2 MB)',
    )
    .option('--prune', 'remove the articles of the graph that are not in the inputs')
    .addOption(new Option('--from <stage>', 'first stage to run').choices(STAGES))
    .addOption(new Option('--to <stage>', 'last stage to run').choices(STAGES))
    .action(async (inputs: string[], opts) =>
      (await import('./commands/build')).run({ inputs, ...opts }),
    );

  program
    .command('ingest')
    .description('decode, clean and normalize reports into documents.jsonl')
    .argument('[inputs...]', 'files or folders (.txt, .md, .html)', [DEFAULT_RAW])
    .option('-o, --out <dir>', 'output folder', DEFAULT_OUT)
    .option('--max-bytes <size>', 'refuse larger files (bytes, or e.g. 20MB)')
    .option('--keep-going', 'exit 0 even when some files failed')
    .option('--allow-failures', 'same as --keep-going')
    .action(async (inputs: string[], opts) =>
      (await import('./commands/ingest')).run({ inputs, ...opts }),
    );

  program
    .command('extract')
    .description('extract entities, relations and facts: one JSON file per document')
    .argument('[inputs...]', 'report files or folders, or a documents.jsonl from ingest', [
      DEFAULT_RAW,
    ])
    .option('-o, --out <dir>', 'output folder', `${DEFAULT_OUT}/extracted`)
    .option(
      '--workers <n>',
      'worker threads for extraction (0: none; default: one per core for inputs over 2 MB)',
    )
    .action(async (inputs: string[], opts) =>
      (await import('./commands/extract')).run({ inputs, ...opts }),
    );

  program
    .command('eval')
    .description(
      'score extraction output against gold annotations (precision, recall, F1 per type)',
    )
    .option('-g, --gold <dir>', 'gold annotations', 'data/gold')
    .option('-p, --pred <dir>', 'extraction output', `${DEFAULT_OUT}/extracted`)
    .option('-v, --verbose', 'list every miss')
    .option('--json', 'print JSON')
    .action(async (opts) => (await import('./commands/eval')).run(opts));

  program
    .command('load')
    .description('load extraction output into Neo4j (idempotent, incremental)')
    .argument('[dir]', 'extraction output folder', `${DEFAULT_OUT}/extracted`)
    .option(
      '--batch-size <n>',
      'most documents per write transaction (default: 10,000 rows bound it)',
    )
    .option('--prune', 'remove the articles of the graph that are not in the folder')
    .action(async (dir: string, opts) => (await import('./commands/load')).run({ dir, ...opts }));

  program
    .command('analyze')
    .description(
      'centrality and communities with graphology, written back to Neo4j and to reports/',
    )
    .option('--offline', 'read extraction output instead of Neo4j, write nothing to Neo4j')
    .option('--in <dir>', 'extraction output to read with --offline', `${DEFAULT_OUT}/extracted`)
    .option('-o, --out <dir>', 'reports folder', 'reports')
    .option('--resolution <r>', 'Louvain resolution, 1 by default (above: smaller communities)')
    .option('--seed <seed>', 'seed of Louvain and sampled betweenness ("kg" by default)')
    .option('--exact-betweenness <n>', 'exact betweenness up to n nodes (2000), sampled above')
    .option('--samples <k>', 'source nodes of sampled betweenness (100)')
    .option('--batch-size <n>', 'rows per write-back transaction (5000)')
    .action(async (opts) => (await import('./commands/analyze')).run(opts));

  program
    .command('query')
    .description('run a named query of cypher/queries and print a table')
    .argument('[name]', 'query name; omit to list them')
    .option('--param <key=value>', 'query parameter (repeatable)', collectParam, {})
    .action(async (name: string | undefined, opts) =>
      (await import('./commands/query')).run({ name, ...opts }),
    );

  program
    .command('export')
    .description(
      'export the graph: CSV files for bulk import (neo4j-admin) or tidy tables for analysis (tables)',
    )
    .argument(
      '[dir]',
      `extraction output folder (neo4j-admin: ${DEFAULT_OUT}/extracted; tables: read Neo4j when omitted)`,
    )
    .addOption(
      new Option('--format <format>', 'export format')
        .choices(['neo4j-admin', 'tables'])
        .default('neo4j-admin'),
    )
    .option(
      '-o, --out <dir>',
      `output folder (${DEFAULT_OUT}/import; tables: ${DEFAULT_OUT}/tables)`,
    )
    .option('--import-into <home>', 'then run neo4j-admin import into a new database there')
    .action(async (dir: string, opts) => (await import('./commands/export')).run({ dir, ...opts }));

  program
    .command('neo4j')
    .description('manage the local Neo4j Community server')
    .addArgument(
      new Command()
        .createArgument('<action>', 'what to do')
        .choices(['start', 'stop', 'status', 'init', 'reset']),
    )
    .option('-y, --yes', 'reset: empty the database without asking')
    .action(async (action: string, opts: { yes?: boolean }) =>
      (await import('./commands/neo4j')).run({ action, ...opts }),
    );

  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await createProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its one-line message (or the help).
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      console.error(`kg: ${error.message}`);
      return error.exitCode;
    }
    console.error(`kg: internal error: ${messageOf(error)}`);
    if (process.env.KG_DEBUG) console.error(error);
    else console.error('(set KG_DEBUG=1 for the stack trace, and please report it)');
    return 70;
  }
}

if (require.main === module) {
  void main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
