import { splitStatements } from './schema';

describe('splitStatements', () => {
  it('splits at semicolons and drops comments and blank statements', () => {
    const script = `// heading
CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.name);
/* block; comment */ CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name);;
`;
    expect(splitStatements(script)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.name)',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name)',
    ]);
  });

  it('keeps semicolons and comment marks inside strings and quoted names', () => {
    const script = `RETURN 'a;b' AS \`x;y\`, "c // d", 'it\\'s;'; RETURN 1`;
    expect(splitStatements(script)).toEqual([
      `RETURN 'a;b' AS \`x;y\`, "c // d", 'it\\'s;'`,
      'RETURN 1',
    ]);
  });
});
