/**
 * A database holding nodes the loader did not write (here a node labelled only by
 * its type, as a naive loader leaves it) stops `kg build` with one line naming the
 * key, the label and the way out; `kg neo4j reset` empties the database (after a
 * "yes", or with --yes) and the build then gives the graph a clean build gives
 * (what it loaded; the analysis differs in its last digits with the load order).
 * Needs dist/ built (the reset's question is answered by a real `kg` process).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kg } from '../helpers/cli';
import { useNeo4j } from '../helpers/neo4j';
import { graphSnapshot } from '../fixtures/load/corpus';

jest.setTimeout(600_000);
const PROJECT = path.resolve(__dirname, '..', '..');
const RAW = path.join(PROJECT, 'data', 'raw');

/** `kg neo4j reset` as a user runs it (the built CLI), answering its question with `answer`. */
function resetAnswering(answer: string) {
  return spawnSync(process.execPath, [path.join(PROJECT, 'dist/cli.js'), 'neo4j', 'reset'], {
    cwd: PROJECT,
    input: `${answer}\n`,
    encoding: 'utf8',
  });
}

describe('nodes the loader did not write', () => {
  const driver = useNeo4j();
  const work = mkdtempSync(path.join(os.tmpdir(), 'kg-foreign-'));
  const build = () => kg(work, 'build', RAW, '--out', path.join(work, 'out'));
  const count = async () =>
    (await driver().executeQuery('MATCH (n) RETURN count(n) AS n')).records[0].get('n').toNumber();
  let clean: string[];
  let province: string;

  beforeAll(async () => {
    expect((await build()).code).toBe(0);
    clean = await graphSnapshot(driver(), true);
    const { records } = await driver().executeQuery('MATCH (n:Province) RETURN n.key AS key');
    province = records[0].get('key');
  });

  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('stop the build with one line naming the key, the label and the way out', async () => {
    const emptied = await kg(work, 'neo4j', 'reset', '--yes');
    expect(emptied.code).toBe(0);
    await driver().executeQuery('CREATE (:Province {key: $key})', { key: province });
    const { code, errors } = await build();
    expect(code).toBe(2);
    const last = errors[errors.length - 1];
    expect(last).toBe(
      `kg: the database holds a node the loader did not write (key '${province}' exists under ` +
        'label Province): empty it with `kg neo4j reset` (asks first; --yes skips the question), ' +
        'then load again',
    );
    expect(errors.join('\n')).not.toMatch(/internal error/);
  });

  it('are kept when the reset is not confirmed', async () => {
    const before = await count();
    const refused = resetAnswering('no');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/Delete all \d+ nodes and \d+ relationships of the database/);
    expect(refused.stderr).toMatch(/kg: reset cancelled: nothing was deleted/);
    expect(await count()).toBe(before);
  });

  it('go with a confirmed reset, and the build then gives the graph of a clean build', async () => {
    const confirmed = resetAnswering('yes');
    expect(confirmed.status).toBe(0);
    expect(confirmed.stdout).toMatch(/^Emptied the database at bolt:\/\/\S+: deleted \d+ nodes/);
    expect(await count()).toBe(0);
    expect((await build()).code).toBe(0);
    expect(await graphSnapshot(driver(), true)).toEqual(clean);
  });
});
