/** Every stage and baseline a benchmark child process can run, by name. */
import type { StageOutput } from '../stage-protocol';
import { adminImportStage } from './admin-import';
import { analyzeStage } from './analyze';
import { analyzeFloorStage } from './analyze-floor';
import { extractStage } from './extract';
import { extractStartupStage } from './extract-startup';
import { ingestStage } from './ingest';
import { jiebaStage } from './jieba-baseline';
import { loadStage } from './load';
import { millionEdgesStage } from './million-edges';
import { naiveLoadStage } from './naive-load';

// Each stage checks its own arguments' shape by use; the harness is their only caller.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Stage = (args: any) => Promise<StageOutput>;

export const STAGES = {
  ingest: ingestStage,
  extract: extractStage,
  'extract-startup': extractStartupStage,
  load: loadStage,
  analyze: analyzeStage,
  'analyze-floor': analyzeFloorStage,
  'jieba-tag': jiebaStage,
  'naive-load': naiveLoadStage,
  'admin-import': adminImportStage,
  'analytics-1m': millionEdgesStage,
} satisfies Record<string, Stage>;

export type StageName = keyof typeof STAGES;
