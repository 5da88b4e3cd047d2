/**
 * The analytics queries of the query library (`cypher/queries/analytics-*.cypher`),
 * run with parameters and returned as plain rows: what the scripts of
 * scripts/analysis print and the integration tests check.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { UsageError } from '../../errors';
import { PROJECT_ROOT } from '../../neo4j/layout';

export const QUERIES_DIR = path.join(PROJECT_ROOT, 'cypher', 'queries');

export type Row = Record<string, unknown>;

export function readQuery(name: string): string {
  const file = path.join(QUERIES_DIR, `${name}.cypher`);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`no query named "${name}" (expected ${file})`);
  }
}

/** Integers go as Neo4j integers (LIMIT refuses 10.0); integers come back as numbers. */
export async function runNamedQuery(
  driver: Driver,
  name: string,
  params: Record<string, unknown> = {},
): Promise<Row[]> {
  const sent = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]),
  );
  const { records } = await driver.executeQuery(readQuery(name), sent, {
    routing: neo4j.routing.READ,
  });
  return records.map((record) => plain(record.toObject()) as Row);
}

function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/** Rows as an aligned text table (lists joined with 、, numbers to 4 significant digits). */
export function formatTable(rows: Row[]): string {
  if (!rows.length) return '(no rows)';
  const columns = Object.keys(rows[0]);
  const text = (v: unknown): string =>
    Array.isArray(v)
      ? v.map(text).join('、')
      : typeof v === 'number' && !Number.isInteger(v)
        ? v.toPrecision(4)
        : v === null || v === undefined
          ? '–'
          : String(v);
  const cells = rows.map((row) => columns.map((c) => text(row[c])));
  // CJK characters take two columns in a terminal.
  const width = (s: string) =>
    [...s].reduce((w, ch) => w + (/[\u3000-\uffff]/.test(ch) ? 2 : 1), 0);
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((row) => width(row[i]))));
  const line = (values: string[]) =>
    values
      .map((v, i) => v + ' '.repeat(widths[i] - width(v)))
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
