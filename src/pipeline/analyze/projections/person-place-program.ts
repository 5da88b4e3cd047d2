/**
 * Persons, places and programs and every relation among them: who holds posts
 * where, who visited, which places and officials implement which programs, and
 * the place hierarchy that connects them.
 */
import { PLACE_TYPES } from '../../../types/graph';
import type { AnalysisInput } from '../types';
import { relationGraph, type ProjectionGraph } from './relation-graph';

export const PERSON_PLACE_PROGRAM_TYPES = ['Person', ...PLACE_TYPES, 'Program'] as const;

export function personPlaceProgramGraph(input: AnalysisInput): ProjectionGraph {
  return relationGraph(input, { types: PERSON_PLACE_PROGRAM_TYPES, keepIsolated: false });
}
