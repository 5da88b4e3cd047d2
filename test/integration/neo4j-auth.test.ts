/** Authentication is on: the right password gets in, a wrong one is refused plainly. */
import { UsageError } from '../../src/errors';
import { neo4jConfig, openDriver } from '../../src/neo4j/connection';

const quiet = (): void => undefined;

describe('Neo4j authentication', () => {
  it('lets the configured user in', async () => {
    const driver = await openDriver(neo4jConfig(), quiet);
    try {
      const { records } = await driver.executeQuery('RETURN 1 + 1 AS two');
      expect(records[0].get('two').toNumber()).toBe(2);
    } finally {
      await driver.close();
    }
  });

  it('rejects a wrong password with a one-line message that does not echo it', async () => {
    const wrong = `wrong-${Date.now()}`;
    const attempt = openDriver({ ...neo4jConfig(), password: wrong }, quiet);
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(/rejected user "neo4j": wrong password/);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).not.toContain(wrong);
    expect(message).not.toContain('\n');
  });
});
