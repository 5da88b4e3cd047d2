/**
 * The product as shipped: modules of the compiled dist/ (built by `npm install`'s
 * prepare step, and again by `npm run bench`), typed by their sources. Measuring
 * dist rather than the sources through tsx keeps the transpiler out of the
 * figures, worker threads included.
 */
import path from 'node:path';
import { ROOT } from './paths';

function fromDist<T>(module: string): Promise<T> {
  return import(path.join(ROOT, 'dist', `${module}.js`)) as Promise<T>;
}

export const ingestModule = () =>
  fromDist<typeof import('../src/pipeline/ingest')>('pipeline/ingest/index');
export const extractRunModule = () =>
  fromDist<typeof import('../src/pipeline/extract/run')>('pipeline/extract/run');
export const jsonlModule = () => fromDist<typeof import('../src/io/jsonl-spans')>('io/jsonl-spans');
export const extractModule = () =>
  fromDist<typeof import('../src/pipeline/extract')>('pipeline/extract/index');
export const gazetteerModule = () =>
  fromDist<typeof import('../src/gazetteer/gazetteer')>('gazetteer/gazetteer');
export const graphKeysModule = () => fromDist<typeof import('../src/graph/keys')>('graph/keys');
export const graphTypesModule = () => fromDist<typeof import('../src/types/graph')>('types/graph');
export const loadModule = () =>
  fromDist<typeof import('../src/pipeline/load')>('pipeline/load/index');
export const analysisModule = () =>
  fromDist<typeof import('../src/pipeline/analyze/analysis')>('pipeline/analyze/analysis');
export const analysisInputModule = () =>
  fromDist<typeof import('../src/pipeline/analyze/input/from-graphs')>(
    'pipeline/analyze/input/from-graphs',
  );
export const projectionsModule = () =>
  fromDist<typeof import('../src/pipeline/analyze/projections')>(
    'pipeline/analyze/projections/index',
  );
export const centralityModule = () =>
  fromDist<typeof import('../src/pipeline/analyze/centrality')>(
    'pipeline/analyze/centrality/index',
  );
export const louvainModule = () =>
  fromDist<typeof import('../src/pipeline/analyze/communities/louvain')>(
    'pipeline/analyze/communities/louvain',
  );
export const rngModule = () =>
  fromDist<typeof import('../src/pipeline/analyze/rng')>('pipeline/analyze/rng');
export const scratchServerModule = () =>
  fromDist<typeof import('../src/neo4j/scratch-server')>('neo4j/scratch-server');
export const emptyDatabaseModule = () =>
  fromDist<typeof import('../src/neo4j/empty-database')>('neo4j/empty-database');
export const schemaModule = () => fromDist<typeof import('../src/neo4j/schema')>('neo4j/schema');
export const adminExportModule = () =>
  fromDist<typeof import('../src/pipeline/load/bulk/neo4j-admin')>(
    'pipeline/load/bulk/neo4j-admin',
  );
export const adminImportModule = () =>
  fromDist<typeof import('../src/pipeline/load/bulk/admin-import')>(
    'pipeline/load/bulk/admin-import',
  );
