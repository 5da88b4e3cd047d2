/** Every projection of one analysis input, by name. */
import type { AnalysisInput, ProjectionName } from '../types';
import { coMentionGraph, type CoMentionOptions } from './co-mention';
import { cooperationGraph } from './cooperation';
import { entityGraph } from './entity-graph';
import { personPlaceProgramGraph } from './person-place-program';
import type { ProjectionGraph } from './relation-graph';

export type Projections = Record<ProjectionName, ProjectionGraph>;

/** How reports name the projections. */
export const PROJECTION_TITLES: Record<ProjectionName, string> = {
  entity: 'Whole entity graph',
  cooperation: 'Cooperation network (COOPERATES_WITH)',
  'person-place-program': 'Persons, places and programs',
  'co-mention': 'Co-mention (shared sentences and documents)',
};

export function buildProjections(
  input: AnalysisInput,
  coMention: Partial<CoMentionOptions> = {},
): Projections {
  return {
    entity: entityGraph(input),
    cooperation: cooperationGraph(input),
    'person-place-program': personPlaceProgramGraph(input),
    'co-mention': coMentionGraph(input, coMention),
  };
}

export { coMentionGraph, cooperationGraph, entityGraph, personPlaceProgramGraph };
export { CO_MENTION_DEFAULTS, type CoMentionOptions } from './co-mention';
export type { ProjectionGraph } from './relation-graph';
