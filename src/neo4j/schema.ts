/** Applies cypher/schema.cypher: constraints and indexes, idempotently. */
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { executeQuery } from './executor';
import { paths } from './layout';

/**
 * The statements of a Cypher script: split at semicolons that are outside
 * strings, quoted names and comments; comments are dropped.
 */
export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  while (i < script.length) {
    const ch = script[i];
    const next = script[i + 1];
    if (ch === '/' && next === '/') {
      const end = script.indexOf('\n', i);
      i = end === -1 ? script.length : end;
    } else if (ch === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end === -1 ? script.length : end + 2;
      current += ' ';
    } else if (ch === "'" || ch === '"' || ch === '`') {
      const end = closingQuote(script, i);
      current += script.slice(i, end);
      i = end;
    } else if (ch === ';') {
      statements.push(current);
      current = '';
      i += 1;
    } else {
      current += ch;
      i += 1;
    }
  }
  statements.push(current);
  return statements.map((s) => s.trim()).filter((s) => s !== '');
}

/** Index just past the quote that closes the one at `start` (backslash escapes inside strings). */
function closingQuote(script: string, start: number): number {
  const quote = script[start];
  let i = start + 1;
  while (i < script.length) {
    if (script[i] === '\\' && quote !== '`') i += 2;
    else if (script[i] === quote) return i + 1;
    else i += 1;
  }
  return script.length;
}

/** Runs every schema statement, one transaction each; returns how many ran. */
export async function applySchema(driver: Driver, schemaFile = paths.schema): Promise<number> {
  const statements = splitStatements(readFileSync(schemaFile, 'utf8'));
  for (const statement of statements)
    await executeQuery(driver, statement, {}, { during: 'applying the schema' });
  return statements.length;
}
