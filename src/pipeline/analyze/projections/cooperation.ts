/**
 * The cooperation network: places and organizations tied by COOPERATES_WITH
 * (党建联建, alliances), each edge keeping the named forms of cooperation in `via`.
 */
import { PLACE_TYPES } from '../../../types/graph';
import type { AnalysisInput } from '../types';
import { relationGraph, type ProjectionGraph } from './relation-graph';

export const COOPERATION_TYPES = [...PLACE_TYPES, 'Organization'] as const;

export function cooperationGraph(input: AnalysisInput): ProjectionGraph {
  return relationGraph(input, {
    types: COOPERATION_TYPES,
    relations: ['COOPERATES_WITH'],
    keepIsolated: false,
  });
}
