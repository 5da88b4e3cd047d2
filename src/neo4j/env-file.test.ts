import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readEnvFile, updateEnvFile } from './env-file';

describe('.env file', () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kg-env-')), '.env');

  it('reads nothing from a missing file', () => {
    expect(readEnvFile(file)).toEqual({});
  });

  it('sets keys, keeps the other lines, and is readable by its owner only', async () => {
    writeFileSync(file, '# mine\nOTHER=1\nNEO4J_PASSWORD=old\n\n');
    await updateEnvFile({ NEO4J_PASSWORD: 'new', NEO4J_USER: 'neo4j' }, file);
    expect(readFileSync(file, 'utf8')).toBe(
      '# mine\nOTHER=1\nNEO4J_PASSWORD=new\nNEO4J_USER=neo4j\n',
    );
    expect(readEnvFile(file)).toEqual({ OTHER: '1', NEO4J_PASSWORD: 'new', NEO4J_USER: 'neo4j' });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
