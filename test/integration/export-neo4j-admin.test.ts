/**
 * The bulk path builds the same graph as the UNWIND path: the sample reports
 * with their gold graphs, and the invented reports of test/fixtures/load with
 * their mentions and evidence, are loaded with `loadCorpus` into the shared server,
 * exported as CSV, imported by the real neo4j-admin into a fresh database home
 * under a temporary folder, served by a scratch server on a free port, and the
 * two databases compared, counts and every node and relationship.
 */
import { mkdtempSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadGazetteer } from '../../src/gazetteer/gazetteer';
import { startScratchServer, type ScratchServer } from '../../src/neo4j/scratch-server';
import { importNeo4jAdmin } from '../../src/pipeline/load/bulk/admin-import';
import { exportNeo4jAdmin, type Neo4jAdminExport } from '../../src/pipeline/load/bulk/neo4j-admin';
import { loadCorpus, type Corpus } from '../../src/pipeline/load';
import { resetDatabase, useNeo4j } from '../helpers/neo4j';
import { fixtureCorpus, goldCorpus, graphCounts, graphSnapshot } from '../fixtures/load/corpus';

jest.setTimeout(240_000);

describe('export for neo4j-admin', () => {
  const driver = useNeo4j();
  const work = mkdtempSync(path.join(os.tmpdir(), 'kg-export-'));
  const hierarchy = loadGazetteer();
  let corpus: Corpus;
  let exported: Neo4jAdminExport;
  let scratch: ScratchServer | undefined;

  beforeAll(async () => {
    const [gold, invented] = [await goldCorpus(), await fixtureCorpus('v1', 'v2', 'added')];
    corpus = {
      documents: [...gold.documents, ...invented.documents],
      graphs: [...gold.graphs, ...invented.graphs],
    };
    await resetDatabase(driver());
    await loadCorpus(driver(), corpus, { hierarchy });
    exported = await exportNeo4jAdmin(corpus, path.join(work, 'csv'), hierarchy);
  });

  afterAll(async () => {
    await scratch?.stop();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('writes node and relationship files with neo4j-admin headers', async () => {
    expect(exported.files.map((f) => path.basename(f))).toEqual([
      'nodes-articles.csv',
      'nodes-entities.csv',
      'nodes-statistics.csv',
      'relationships-mentions.csv',
      'relationships-relations.csv',
      'relationships-statistics.csv',
      'relationships-statistic-years.csv',
    ]);
    const header = (await fs.readFile(exported.nodeFiles[1], 'utf8')).split('\n')[0];
    expect(header).toBe(
      'key:ID(Entity),:LABEL,name,type,adminCode,aliases:string[],formerNames:string[]',
    );
    const relations = (await fs.readFile(exported.relationshipFiles[1], 'utf8')).split('\n')[0];
    expect(relations.startsWith(':START_ID(Entity),:END_ID(Entity),:TYPE,key,')).toBe(true);
  });

  it('imports into a fresh database the same graph as the UNWIND path', async () => {
    const imported = await importNeo4jAdmin(exported, path.join(work, 'home'));
    const counts = await graphCounts(driver());
    const total = (prefix: string) =>
      Object.entries(counts)
        .filter(([k]) => k.startsWith(prefix))
        .reduce((n, [, c]) => n + c, 0);
    expect(imported.nodes).toBe(total(':'));
    expect(imported.relationships).toBe(total('['));
    expect(exported.nodes).toBe(imported.nodes);

    scratch = await startScratchServer(imported.home);
    expect(await graphCounts(scratch.driver)).toEqual(counts);
    expect(await graphSnapshot(scratch.driver)).toEqual(await graphSnapshot(driver()));
  });
});
