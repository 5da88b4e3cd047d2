/**
 * The query library: `cypher/queries/<name>.cypher`, each opening with comment
 * lines that say what it answers and, after `Parameters:`, its parameters as
 * `$name (type) — meaning`, separated by semicolons (`(integer, default 10)` gives
 * a default; `Parameters: none.` when it takes none). `kg query` lists, checks and
 * runs them.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { UsageError } from '../errors';
import { executeQuery } from '../neo4j/executor';
import { PROJECT_ROOT } from '../paths';

export const QUERY_DIR = path.join(PROJECT_ROOT, 'cypher', 'queries');

const TYPES = ['string', 'integer', 'float', 'boolean'] as const;
export type ParamType = (typeof TYPES)[number];

export interface QueryParam {
  name: string;
  type: ParamType;
  description: string;
  default?: string;
}

export interface NamedQuery {
  name: string;
  /** What the query answers (its header, without the parameters). */
  description: string;
  params: QueryParam[];
  text: string;
}

const PARAM = /\$(\w+)\s*\(\s*(\w+)\s*(?:,\s*default\s+([^)]+?))?\s*\)\s*(?:[—–-]+\s*([^;]*))?/g;

/** Reads a library file's header and body; a header that does not declare every parameter is an error. */
export function parseQuery(name: string, source: string): NamedQuery {
  const lines = source.split('\n');
  const headerLength = lines.findIndex((line) => !line.trim().startsWith('//'));
  const header = lines
    .slice(0, headerLength === -1 ? lines.length : headerLength)
    .map((line) => line.replace(/^\s*\/\/\s?/, '').trim())
    .join(' ');
  const text = lines
    .slice(headerLength === -1 ? lines.length : headerLength)
    .join('\n')
    .trim();
  const [description, declared = ''] = header.split(/\bParameters:/);
  const params: QueryParam[] = [];
  for (const m of declared.matchAll(PARAM)) {
    const type = normalizeType(m[2]);
    if (!type) throw new UsageError(`query ${name}: parameter $${m[1]} has unknown type "${m[2]}"`);
    params.push({ name: m[1], type, default: m[3], description: (m[4] ?? '').trim() });
  }
  const used = new Set([...stripComments(text).matchAll(/\$(\w+)/g)].map((m) => m[1]));
  const undeclared = [...used].filter((p) => !params.some((d) => d.name === p));
  if (undeclared.length) {
    throw new UsageError(
      `query ${name}: parameters used but not declared after "Parameters:" in its header: ` +
        undeclared.map((p) => `$${p}`).join(', '),
    );
  }
  if (!text) throw new UsageError(`query ${name}: no Cypher after the header`);
  return { name, description: description.trim(), params, text };
}

function normalizeType(type: string): ParamType | undefined {
  const t = type.toLowerCase();
  if (t === 'int' || t === 'number') return t === 'int' ? 'integer' : 'float';
  return (TYPES as readonly string[]).includes(t) ? (t as ParamType) : undefined;
}

/** Drops `//` comments and string literals, where a `$` is no parameter. */
function stripComments(text: string): string {
  return text.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|\/\/[^\n]*/g, '');
}

export async function listQueries(dir = QUERY_DIR): Promise<NamedQuery[]> {
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  return Promise.all(
    files.map(async (f) =>
      parseQuery(path.basename(f, '.cypher'), await fs.readFile(path.join(dir, f), 'utf8')),
    ),
  );
}

export async function readQuery(name: string, dir = QUERY_DIR): Promise<NamedQuery> {
  if (!/^[\w-]+$/.test(name)) throw new UsageError(`no query named "${name}"`);
  const file = path.join(dir, `${name}.cypher`);
  const source = await fs.readFile(file, 'utf8').catch(() => {
    throw new UsageError(
      `no query named "${name}" in ${path.relative(process.cwd(), dir)} (run \`kg query\` to list them)`,
    );
  });
  return parseQuery(name, source);
}

/** The query's parameters from `key=value` strings: typed, defaults filled, unknown or missing ones refused. */
export function bindParams(
  query: NamedQuery,
  given: Record<string, string>,
): Record<string, unknown> {
  const unknown = Object.keys(given).filter((k) => !query.params.some((p) => p.name === k));
  if (unknown.length) {
    throw new UsageError(
      `query ${query.name} has no parameter ${unknown.join(', ')}; it takes ${describeParams(query)}`,
    );
  }
  const bound: Record<string, unknown> = {};
  for (const param of query.params) {
    const raw = given[param.name] ?? param.default;
    if (raw === undefined) {
      throw new UsageError(
        `query ${query.name} needs --param ${param.name}=… (${param.description || param.type})`,
      );
    }
    bound[param.name] = convert(query.name, param, raw);
  }
  return bound;
}

function describeParams(query: NamedQuery): string {
  return query.params.length ? query.params.map((p) => p.name).join(', ') : 'no parameters';
}

function convert(query: string, param: QueryParam, raw: string): unknown {
  const bad = () =>
    new UsageError(
      `query ${query}: --param ${param.name} must be ${param.type === 'integer' ? 'an' : 'a'} ${param.type}, got "${raw}"`,
    );
  switch (param.type) {
    case 'integer':
      if (!/^-?\d+$/.test(raw.trim())) throw bad();
      return neo4j.int(raw.trim());
    case 'float':
      if (raw.trim() === '' || !Number.isFinite(Number(raw))) throw bad();
      return Number(raw);
    case 'boolean':
      if (!['true', 'false'].includes(raw)) throw bad();
      return raw === 'true';
    default:
      return raw;
  }
}

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
}

export async function runNamedQuery(
  driver: Driver,
  query: NamedQuery,
  params: Record<string, unknown>,
): Promise<QueryResult> {
  const { records, keys } = await executeQuery(driver, query.text, params, {
    during: `running the query "${query.name}"`,
    access: 'READ',
  });
  return { columns: keys, rows: records.map((r) => r.toObject()) };
}
