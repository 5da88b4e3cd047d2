/**
 * Extraction stage (first version): one empty graph per document.
 * Entities, relations and facts arrive with the extraction issues.
 */
import type { NormalizedDocument } from '../../types/document';
import type { DocumentGraph } from '../../types/graph';

export function extractDocument(doc: NormalizedDocument): DocumentGraph {
  return { doc: doc.name, entities: [], relations: [], facts: [] };
}
