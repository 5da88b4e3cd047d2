/**
 * What a community is: its members, most central first, the entity types it
 * holds, and what ties it together — the relation types of its inner edges,
 * the named forms of cooperation, the sentences and documents its members
 * share.
 *
 * Only communities of two or more members are described: a single entity has
 * nothing to say beyond its own metrics, and the entity graph keeps every
 * isolated entity as a community of its own (at ×1000 tens of thousands of
 * them, about 36 MB of summaries that no report or write-back used).
 */
import type { EntityType, RelationType } from '../../../types/graph';
import type { MetricColumn } from '../centrality';
import type { ProjectionGraph } from '../projections';
import type { NodeAttributes } from '../types';

export interface CommunityMember extends NodeAttributes {
  rank: number;
}

export interface CommunitySummary {
  id: number;
  size: number;
  /** Most central first (by the rank given, PageRank in the analysis). */
  members: CommunityMember[];
  types: Partial<Record<EntityType, number>>;
  /** Edges with both ends in the community. */
  innerEdges: number;
  relations: Partial<Record<RelationType, number>>;
  via: string[];
  sentences: number;
  documents: number;
  /** One line saying what ties the members together. */
  ties: string;
  /** The names of the three most central members, to caption the community. */
  label: string;
}

const LABEL_MEMBERS = 3;
const TIE_RELATIONS = 4;

export function describeCommunities(
  graph: ProjectionGraph,
  communities: Record<string, number>,
  rank: Pick<MetricColumn, 'get'> | null,
): CommunitySummary[] {
  const sizes = new Map<number, number>();
  graph.forEachNode((node) =>
    sizes.set(communities[node], (sizes.get(communities[node]) ?? 0) + 1),
  );
  const summaries = new Map<number, CommunitySummary>();
  for (const [id, size] of sizes) if (size > 1) summaries.set(id, emptySummary(id));
  graph.forEachNode((node, attributes) => {
    const summary = summaries.get(communities[node]);
    if (!summary) return;
    // Spelled out: a spread copy takes about 300 bytes in V8, this literal about 80
    // (67k members in the co-mention communities at ×1000: 20 MB against 6).
    const { key, type, name } = attributes;
    summary.members.push({ key, type, name, rank: rank?.get(node) ?? 0 });
    summary.types[attributes.type] = (summary.types[attributes.type] ?? 0) + 1;
  });
  graph.forEachEdge((_edge, tie, source, target) => {
    const summary = summaries.get(communities[source]);
    if (!summary || communities[source] !== communities[target]) return;
    summary.innerEdges += 1;
    for (const [type, count] of Object.entries(tie.relations) as [RelationType, number][])
      summary.relations[type] = (summary.relations[type] ?? 0) + count;
    for (const via of tie.via) if (!summary.via.includes(via)) summary.via.push(via);
    summary.sentences += tie.sentences;
    summary.documents += tie.documents;
  });
  return [...summaries.values()]
    .sort((a, b) => a.id - b.id)
    .map((summary) => {
      summary.size = summary.members.length;
      summary.members.sort((a, b) => b.rank - a.rank || (a.key < b.key ? -1 : 1));
      summary.label = summary.members
        .slice(0, LABEL_MEMBERS)
        .map((m) => m.name)
        .join('、');
      summary.ties = describeTies(summary);
      return summary;
    });
}

function emptySummary(id: number): CommunitySummary {
  return {
    id,
    size: 0,
    members: [],
    types: {},
    innerEdges: 0,
    relations: {},
    via: [],
    sentences: 0,
    documents: 0,
    ties: '',
    label: '',
  };
}

/** "HOLDS_POSITION ×5, LOCATED_IN ×3; via 党建联盟; shared sentences ×4, shared documents ×2 (counted per pair)". */
export function describeTies(summary: CommunitySummary): string {
  if (summary.innerEdges === 0) return 'no ties inside';
  const parts: string[] = [];
  const relations = (Object.entries(summary.relations) as [RelationType, number][])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TIE_RELATIONS)
    .map(([type, count]) => `${type} ×${count}`);
  if (relations.length) parts.push(relations.join(', '));
  if (summary.via.length) parts.push(`via ${summary.via.join('、')}`);
  const shared = [
    summary.sentences ? `shared sentences ×${summary.sentences}` : '',
    summary.documents ? `shared documents ×${summary.documents}` : '',
  ].filter(Boolean);
  if (shared.length) parts.push(`${shared.join(', ')} (counted per pair)`);
  return parts.join('; ');
}
