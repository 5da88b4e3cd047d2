/** Every projection of one analysis input, by name. */
import { PROJECTIONS, type AnalysisInput, type ProjectionName } from '../types';
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

/** One projection of the input. */
export function buildProjection(
  name: ProjectionName,
  input: AnalysisInput,
  coMention: Partial<CoMentionOptions> = {},
): ProjectionGraph {
  switch (name) {
    case 'entity':
      return entityGraph(input);
    case 'cooperation':
      return cooperationGraph(input);
    case 'person-place-program':
      return personPlaceProgramGraph(input);
    case 'co-mention':
      return coMentionGraph(input, coMention);
  }
}

export function buildProjections(
  input: AnalysisInput,
  coMention: Partial<CoMentionOptions> = {},
): Projections {
  return Object.fromEntries(
    PROJECTIONS.map((name) => [name, buildProjection(name, input, coMention)]),
  ) as Projections;
}

export { coMentionGraph, cooperationGraph, entityGraph, personPlaceProgramGraph };
export { CO_MENTION_DEFAULTS, type CoMentionOptions } from './co-mention';
export type { ProjectionGraph } from './relation-graph';
