/**
 * The pipeline as a list. Each stage reads what the one before it wrote under
 * the working folder (`kg build --out`) and writes its own output there, so any
 * slice of the list can run again on its own: `--from load` reloads what was
 * extracted, `--to extract` stops before the database.
 */
import path from 'node:path';
import { UsageError } from '../errors';
import { DOCUMENTS_FILE } from '../io/documents-file';

export const STAGES = ['ingest', 'extract', 'load', 'analyze'] as const;
export type Stage = (typeof STAGES)[number];

/** Where each stage's output goes in the working folder. */
export interface StageFiles {
  /** ingest → documents.jsonl */
  documents: string;
  /** extract → one `<doc>.json` per document and a documents.jsonl beside them */
  extracted: string;
  /** analyze → analytics.md, metrics, graph.html, gexf/ (load writes to Neo4j) */
  reports: string;
}

export function stageFiles(out: string): StageFiles {
  return {
    documents: path.join(out, DOCUMENTS_FILE),
    extracted: path.join(out, 'extracted'),
    reports: path.join(out, 'reports'),
  };
}

function stageNamed(option: string, name: string): Stage {
  const stage = STAGES.find((s) => s === name);
  if (!stage) throw new UsageError(`${option} expects one of ${STAGES.join(', ')}, got "${name}"`);
  return stage;
}

/** The stages from `from` to `to`, both included, in pipeline order. */
export function sliceStages(from: string = STAGES[0], to: string = STAGES.at(-1)!): Stage[] {
  const first = STAGES.indexOf(stageNamed('--from', from));
  const last = STAGES.indexOf(stageNamed('--to', to));
  if (first > last) throw new UsageError(`--from ${from} comes after --to ${to}`);
  return STAGES.slice(first, last + 1);
}
