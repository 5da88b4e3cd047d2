/** The whole entity graph: every entity, every relation (isolated entities included). */
import type { AnalysisInput } from '../types';
import { relationGraph, type ProjectionGraph } from './relation-graph';

export function entityGraph(input: AnalysisInput): ProjectionGraph {
  return relationGraph(input, { keepIsolated: true });
}
