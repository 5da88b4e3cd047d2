/**
 * `kg analyze` and `kg query` when the database fails them, against the real
 * server: nothing listening, a wrong password, the connection cut in the middle
 * of the run (by a TCP relay in front of the server, which cuts it once the
 * client sends a given statement), and a transaction over the server's memory
 * limit. Each gives one line naming what happened and a non-zero exit code, as
 * `kg load` does (faults.test.ts). Run holding /tmp/kg-neo4j.lock.
 */
import net from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli';
import { UsageError } from '../../src/errors';
import { autoCommit } from '../../src/neo4j/executor';
import { neo4jConfig } from '../../src/neo4j/connection';
import { freePort } from '../../src/neo4j/scratch-server';
import { loadGazetteer } from '../../src/gazetteer/gazetteer';
import { loadCorpus } from '../../src/pipeline/load';
import { READ_RELATIONS } from '../../src/pipeline/analyze/input/from-neo4j';
import { readQuery } from '../../src/query/query-library';
import { resetDatabase, useNeo4j } from '../helpers/neo4j';
import { withEnv } from '../helpers/env';
import { goldCorpus } from '../fixtures/load/corpus';

jest.setTimeout(180_000);

/**
 * A TCP relay to the real server that, once a client sends `marker` (statements
 * travel as UTF-8 text in Bolt), cuts every connection and every later one: the
 * server gone in the middle of the run.
 */
async function cuttingRelay(marker: string): Promise<{ uri: string; close: () => void }> {
  const target = new URL(neo4jConfig().uri.replace(/^[a-z+]+:/, 'http:'));
  const sockets = new Set<net.Socket>();
  let cut = false;
  const cutAll = () => {
    cut = true;
    for (const s of sockets) s.destroy();
  };
  const server = net.createServer((client) => {
    if (cut) {
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(target.port || 7687), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    client.on('data', (chunk: Buffer) => {
      if (chunk.includes(marker)) cutAll();
      else upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    uri: `bolt://127.0.0.1:${port}`,
    close: () => {
      cutAll();
      server.close();
    },
  };
}

describe('database failures in kg analyze and kg query', () => {
  const driver = useNeo4j();
  let out: string;
  let errors: string[];

  beforeAll(async () => {
    await resetDatabase(driver());
    await loadCorpus(driver(), await goldCorpus(), { hierarchy: loadGazetteer() });
    out = mkdtempSync(path.join(os.tmpdir(), 'kg-command-faults-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  beforeEach(() => {
    errors = [];
    jest.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  const analyze = () => main(['node', 'kg', 'analyze', '--out', out]);
  const query = () => main(['node', 'kg', 'query', 'articles']);

  /** The run's exit code and what it printed: one line, starting with "kg: ". */
  async function failure(run: () => Promise<number>): Promise<{ code: number; line: string }> {
    const code = await run();
    const lines = errors.filter((line) => line.startsWith('kg: '));
    expect(lines).toHaveLength(1);
    expect(errors.join('\n')).not.toContain('internal error');
    return { code, line: lines[0] };
  }

  it.each([
    ['kg analyze', analyze],
    ['kg query', query],
  ])('%s says plainly that nothing answers at the configured address', async (_, run) => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const { code, line } = await withEnv({ NEO4J_URI: uri }, () => failure(run));
    expect(code).not.toBe(0);
    expect(line.startsWith(`kg: cannot reach Neo4j at ${uri} (`)).toBe(true);
  });

  it.each([
    ['kg analyze', analyze],
    ['kg query', query],
  ])('%s refuses a wrong password in one line', async (_, run) => {
    const wrong = `wrong-${process.pid}`;
    const { code, line } = await withEnv({ NEO4J_PASSWORD: wrong }, () => failure(run));
    expect(code).not.toBe(0);
    expect(line).toMatch(/rejected user "neo4j": wrong password/);
    expect(line).not.toContain(wrong);
  });

  it('kg analyze says the connection was lost while reading the graph', async () => {
    // Cut when the relations are asked for: the entities have been read by then.
    const relay = await cuttingRelay(READ_RELATIONS.slice(0, 40));
    try {
      const { code, line } = await withEnv({ NEO4J_URI: relay.uri }, () => failure(analyze));
      expect(code).toBe(1);
      expect(line).toMatch(/^kg: lost the connection to Neo4j while reading the graph to analyse/);
    } finally {
      relay.close();
    }
  });

  it('kg query says the connection was lost while running the query', async () => {
    const articles = await readQuery('articles');
    const relay = await cuttingRelay(articles.text.slice(0, 40));
    try {
      const { code, line } = await withEnv({ NEO4J_URI: relay.uri }, () => failure(query));
      expect(code).toBe(1);
      expect(line).toMatch(/^kg: lost the connection to Neo4j while running the query "articles"/);
    } finally {
      relay.close();
    }
  });

  it('says what to do when a transaction needs more memory than the server allows', async () => {
    // More than the server's db.memory.transaction.total.max (256 MB): refused, not run.
    const attempt = autoCommit(
      driver(),
      ['UNWIND range(1, 100000000) AS i WITH collect(i) AS numbers RETURN size(numbers)'],
      'collecting a hundred million numbers',
    );
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(
      /^Neo4j ran out of transaction memory while collecting a hundred million numbers .*--batch-size/,
    );
  });
});
