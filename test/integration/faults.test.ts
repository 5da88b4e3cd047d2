/**
 * Loading when things go wrong, against the real server: nothing listening,
 * a wrong password, and the server killed (SIGKILL) in the middle of a load's
 * transaction. This suite stops and restarts the shared local server: run it
 * holding /tmp/kg-neo4j.lock. It leaves the server running.
 */
import { existsSync, mkdtempSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { run as loadCommand } from '../../src/commands/load';
import { UsageError } from '../../src/errors';
import { neo4jConfig, openDriver } from '../../src/neo4j/connection';
import { paths } from '../../src/neo4j/layout';
import { ensureLocalServer } from '../../src/neo4j/local-server';
import { isAlive, runningPid, sleep } from '../../src/neo4j/server-process';
import { freePort } from '../../src/neo4j/scratch-server';
import { loadGazetteer } from '../../src/gazetteer/gazetteer';
import { writeDocuments } from '../../src/pipeline/ingest';
import { loadCorpus, type Corpus } from '../../src/pipeline/load';
import { resetDatabase, usesLocalServer } from '../helpers/neo4j';
import { goldCorpus, graphSnapshot } from '../fixtures/load/corpus';
import { withEnv } from '../helpers/env';

jest.setTimeout(300_000);
const quiet = (): void => undefined;
const hierarchy = loadGazetteer();

describe('load faults', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-faults-'));
  let corpus: Corpus;

  beforeAll(async () => {
    corpus = await goldCorpus();
    for (const graph of corpus.graphs) {
      await fs.writeFile(path.join(dir, `${graph.doc}.json`), JSON.stringify(graph));
    }
    await writeDocuments(dir, corpus.documents);
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('says plainly that nothing answers at the configured address', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const attempt = withEnv({ NEO4J_URI: uri }, () => loadCommand({ dir }));
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(`cannot reach Neo4j at ${uri}`);
  });

  it('refuses a wrong password in one line, without retrying into a lockout', async () => {
    const wrong = `wrong-${process.pid}`;
    for (let i = 0; i < 2; i++) {
      const attempt = withEnv({ NEO4J_PASSWORD: wrong }, () => loadCommand({ dir }));
      await expect(attempt).rejects.toThrow(/rejected user "neo4j": wrong password/);
      expect(await attempt.catch((e: Error) => e.message)).not.toContain(wrong);
    }
    // Neo4j locks a user out after 3 failed logins: had either load retried, this would fail.
    const driver = await openDriver(neo4jConfig(), quiet);
    await driver.close();
  });

  (usesLocalServer ? describe : describe.skip)('when the server is killed mid-load', () => {
    let complete: string[];
    let firstTwo: string[];
    let startedByTests: boolean;

    /** A driver that gives up retrying after 2 s, so the failure shows without a long wait. */
    const impatientDriver = (): Driver => {
      const config = neo4jConfig();
      return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password ?? ''), {
        maxTransactionRetryTime: 2_000,
      });
    };

    async function freshLoad(part: Corpus): Promise<string[]> {
      const driver = await openDriver(neo4jConfig(), quiet);
      try {
        await resetDatabase(driver);
        await loadCorpus(driver, part, { hierarchy });
        return await graphSnapshot(driver);
      } finally {
        await driver.close();
      }
    }

    beforeAll(async () => {
      startedByTests = existsSync(paths.startedByTests);
      complete = await freshLoad(corpus);
      firstTwo = await freshLoad({
        documents: corpus.documents,
        graphs: corpus.graphs.slice(0, 2),
      });
      const driver = await openDriver(neo4jConfig(), quiet);
      await resetDatabase(driver);
      await driver.close();
    });

    afterAll(async () => {
      await ensureLocalServer(quiet);
      if (startedByTests) await fs.writeFile(paths.startedByTests, '');
    });

    it('fails the load with a clear message, keeping the batches committed before', async () => {
      const pid = await runningPid();
      expect(pid).toBeDefined();
      const driver = impatientDriver();
      let killed = false;
      try {
        const attempt = loadCorpus(driver, corpus, {
          hierarchy,
          batchSize: 1,
          onProgress: (message) => {
            // Inside the third document's transaction, before its writes.
            if (!killed && message === 'batch 3/5: writing 1 documents') {
              killed = true;
              process.kill(pid!, 'SIGKILL');
            }
          },
        });
        await expect(attempt).rejects.toThrow(UsageError);
        await expect(attempt).rejects.toThrow(
          /lost the connection to Neo4j while loading 002_\w+ .*run the load again/,
        );
      } finally {
        await driver.close();
      }
      expect(killed).toBe(true);
      while (isAlive(pid!)) await sleep(100);
    });

    it('restarts with exactly the documents committed before the kill, each one whole', async () => {
      await ensureLocalServer(quiet);
      const driver = await openDriver(neo4jConfig(), quiet);
      try {
        expect(await graphSnapshot(driver)).toEqual(firstTwo);
      } finally {
        await driver.close();
      }
    });

    it('completes when loaded again, with no duplicates', async () => {
      const driver = await openDriver(neo4jConfig(), quiet);
      try {
        const summary = await loadCorpus(driver, corpus, { hierarchy });
        expect(summary).toMatchObject({ loaded: 3, skipped: 2, replaced: 0 });
        expect(await graphSnapshot(driver)).toEqual(complete);
      } finally {
        await driver.close();
      }
    });
  });
});
