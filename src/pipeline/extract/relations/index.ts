/**
 * Relations and facts: the second half of extraction. It runs once a document's
 * entities are final (after the corpus-level pass), so that every relation can
 * name its ends by canonical name.
 */
import type { NormalizedDocument } from '../../../types/document';
import type { DocumentGraph } from '../../../types/graph';
import { Resources, loadResources } from '../index';

export function extractRelations(
  doc: NormalizedDocument,
  graph: DocumentGraph,
  resources: Resources = loadResources(),
): DocumentGraph {
  void doc;
  void resources;
  return { ...graph, relations: [], facts: [] };
}
