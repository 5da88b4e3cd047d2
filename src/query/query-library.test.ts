import { isInt } from 'neo4j-driver';
import { UsageError } from '../errors';
import { bindParams, listQueries, parseQuery } from './query-library';

describe('query library files', () => {
  it('each declare what they answer and every parameter they use', async () => {
    const queries = await listQueries();
    expect(queries.length).toBeGreaterThanOrEqual(15);
    for (const q of queries) {
      expect(q.description.length).toBeGreaterThan(20);
      for (const p of q.params) expect(p.description).not.toBe('');
    }
  });
});

describe('parseQuery', () => {
  const source = `// The officials of a village.
// Parameters: $village (string) — its name; $limit (integer, default 10) — how
// many rows.
MATCH (v:Village {name: $village}) // a '$comment' is no parameter
RETURN v.name AS name, '$text' AS literal LIMIT $limit`;

  it('reads the description and typed parameters with their defaults', () => {
    const q = parseQuery('officials', source);
    expect(q.description).toBe('The officials of a village.');
    expect(q.params).toEqual([
      { name: 'village', type: 'string', description: 'its name', default: undefined },
      { name: 'limit', type: 'integer', description: 'how many rows.', default: '10' },
    ]);
    expect(q.text.startsWith('MATCH')).toBe(true);
  });

  it('refuses a query that uses an undeclared parameter', () => {
    expect(() => parseQuery('bad', '// Anything.\n// Parameters: none.\nRETURN $x')).toThrow(/\$x/);
  });
});

describe('bindParams', () => {
  const q = parseQuery(
    'q',
    '// Q.\n// Parameters: $name (string) — a name; $limit (integer, default 10) — rows.\nRETURN $name LIMIT $limit',
  );

  it('types the values and fills defaults', () => {
    const bound = bindParams(q, { name: '东山村' });
    expect(bound.name).toBe('东山村');
    expect(isInt(bound.limit) && bound.limit.toNumber()).toBe(10);
  });

  it('names a missing, unknown or mistyped parameter', () => {
    expect(() => bindParams(q, {})).toThrow(/needs --param name=/);
    expect(() => bindParams(q, { name: 'a', village: 'b' })).toThrow(/no parameter village/);
    expect(() => bindParams(q, { name: 'a', limit: 'ten' })).toThrow(UsageError);
  });
});
