/**
 * Query results as a text table for the terminal: Neo4j values made readable
 * (integers as numbers, nodes by name, paths as chains) and long Chinese text
 * wrapped by display width (a Chinese character takes two columns).
 */
import Table from 'cli-table3';
import { isInt, isNode, isPath, isRelationship } from 'neo4j-driver';
import stringWidth from 'string-width';
import type { QueryResult } from './query-library';

/** Display columns a cell may take before it wraps. */
export const MAX_CELL_WIDTH = 60;

/** A value as one line of text. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isInt(value)) return value.toString();
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(+value.toFixed(6));
  if (Array.isArray(value)) return value.map(formatValue).join('; ');
  if (isNode(value))
    return String(
      value.properties.name ?? value.properties.key ?? value.properties.id ?? value.elementId,
    );
  if (isRelationship(value)) return value.type;
  if (isPath(value)) {
    return [
      formatValue(value.start),
      ...value.segments.flatMap((s) => [`-${s.relationship.type}-`, formatValue(s.end)]),
    ].join(' ');
  }
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${formatValue(v)}`)
      .join(', ');
  }
  return String(value);
}

/** Breaks text into lines of at most `width` display columns. */
export function wrap(text: string, width = MAX_CELL_WIDTH): string {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of text) {
    const w = stringWidth(ch);
    if (used + w > width) {
      lines.push(line);
      [line, used] = ['', 0];
    }
    line += ch;
    used += w;
  }
  lines.push(line);
  return lines.join('\n');
}

export function formatTable(result: QueryResult): string {
  if (!result.rows.length) return '(no rows)';
  const table = new Table({
    head: result.columns,
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of result.rows) table.push(result.columns.map((c) => wrap(formatValue(row[c]))));
  const count = result.rows.length;
  return `${table.toString()}\n${count} row${count === 1 ? '' : 's'}`;
}
