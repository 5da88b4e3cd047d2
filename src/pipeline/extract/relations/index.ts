/**
 * Relations and facts: the second half of extraction. It runs once a document's
 * entities are final (after the corpus-level pass), so that every relation
 * names its ends by canonical name and points to the sentence it came from.
 */
import type { NormalizedDocument } from '../../../types/document';
import type { DocumentGraph } from '../../../types/graph';
import { relationContext } from './context';
import { findPosts, withPostStatus } from './posts';
import { findBylinePosts } from './bylines';
import { findLocations } from './locations';
import { findCooperation } from './cooperation';
import { findVisits } from './visits';
import { findParticipation } from './participation';
import { findImplementers } from './implements';
import { findTimeline } from './timeline';
import { mergeRelations } from './merge';
import { findFacts } from './facts';
import { sentenceTopics } from './topics';
import { RelationLexicon, loadRelationLexicon } from './lexicon';

export function extractRelations(
  doc: NormalizedDocument,
  graph: DocumentGraph,
  lexicon: RelationLexicon = loadRelationLexicon(),
): DocumentGraph {
  const ctx = relationContext(doc, graph);
  const topics = sentenceTopics(ctx);
  const { posts, delegations } = findPosts(ctx, lexicon);
  const relations = withPostStatus(
    mergeRelations([
      ...posts,
      ...findBylinePosts(ctx, lexicon),
      ...delegations,
      ...findParticipation(ctx, lexicon),
      ...findLocations(ctx, lexicon),
      ...findCooperation(ctx, lexicon),
      ...findVisits(ctx, lexicon),
      ...findImplementers(ctx, topics, lexicon, posts),
      ...findTimeline(ctx, lexicon),
    ]),
  );
  return { ...graph, relations, facts: findFacts(ctx, lexicon, topics) };
}
