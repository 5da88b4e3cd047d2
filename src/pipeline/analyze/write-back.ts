/**
 * Writes the analysis back to Neo4j, so Browser users see it:
 * - on every entity node, the metrics of the whole entity graph (`pagerank`,
 *   `betweenness`, `degree`, `weightedDegree`, `eigenvector`, `closeness`) and
 *   its Louvain `community`;
 * - a `Community` node per community of more than one member, of every
 *   projection (`key` "<projection>:<id>", `name` its three most central
 *   members, `size`, `ties`, `modularity`), with an `IN_COMMUNITY` relationship
 *   from each member (`rank`: the member's PageRank in that projection).
 * Community nodes of earlier runs are removed first. Every write is an
 * `UNWIND $rows` batch in its own `executeWrite`, matched on the constrained
 * `key`; labels come from the spec's closed lists only.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { executeQuery, runQuery, writeTransaction } from '../../neo4j/executor';
import { matchLabel } from '../../graph/labels';
import type { Analysis } from './analysis';
import { METRICS } from './centrality';
import { PROJECTIONS } from './types';

export interface WriteBackOptions {
  /** Rows per transaction. */
  batchSize: number;
}

export const WRITE_BACK_DEFAULTS: WriteBackOptions = { batchSize: 5000 };

export interface WriteBackSummary {
  entitiesUpdated: number;
  communities: number;
  memberships: number;
  staleCommunitiesRemoved: number;
}

export const REMOVE_COMMUNITIES = `MATCH (c:Community)
WITH c LIMIT $batchSize
DETACH DELETE c
RETURN count(*) AS removed`;

export function setMetricsQuery(label: string): string {
  return `UNWIND $rows AS row
MATCH (n:${label} {key: row.key})
SET ${[...METRICS, 'community'].map((p) => `n.${p} = row.${p}`).join(', ')}
RETURN count(n) AS updated`;
}

export const CREATE_COMMUNITIES = `UNWIND $rows AS row
MERGE (c:Community {key: row.key})
SET c.projection = row.projection, c.id = row.id, c.name = row.name, c.size = row.size,
    c.ties = row.ties, c.modularity = row.modularity, c.resolution = row.resolution`;

export function linkMembersQuery(label: string): string {
  return `UNWIND $rows AS row
MATCH (c:Community {key: row.community})
MATCH (n:${label} {key: row.key})
MERGE (n)-[m:IN_COMMUNITY]->(c)
SET m.projection = row.projection, m.rank = row.rank
RETURN count(*) AS linked`;
}

export async function writeBack(
  driver: Driver,
  analysis: Analysis,
  options: Partial<WriteBackOptions> = {},
): Promise<WriteBackSummary> {
  const { batchSize } = { ...WRITE_BACK_DEFAULTS, ...options };
  const summary: WriteBackSummary = {
    entitiesUpdated: 0,
    communities: 0,
    memberships: 0,
    staleCommunitiesRemoved: await removeCommunities(driver, batchSize),
  };
  const session = driver.session();
  try {
    const write = async (query: string, rows: unknown[], counted?: string) => {
      let total = 0;
      for (let i = 0; i < rows.length; i += batchSize) {
        const chunk = rows.slice(i, i + batchSize);
        const records = await writeTransaction(
          session,
          (tx) => runQuery(tx, query, { rows: chunk }),
          'writing the analysis back',
          RESUME,
        );
        if (counted) total += records.reduce((n, r) => n + Number(r.get(counted)), 0);
      }
      return total;
    };
    for (const [label, rows] of groupByLabel(metricRows(analysis)))
      summary.entitiesUpdated += await write(setMetricsQuery(label), rows, 'updated');
    const communities = communityRows(analysis);
    await write(CREATE_COMMUNITIES, communities);
    summary.communities = communities.length;
    for (const [label, rows] of groupByLabel(membershipRows(analysis)))
      summary.memberships += await write(linkMembersQuery(label), rows, 'linked');
  } finally {
    await session.close();
  }
  return summary;
}

/** Every write-back is idempotent: running the analysis again completes it. */
const RESUME = 'run `kg analyze` again to write it whole';

async function removeCommunities(driver: Driver, batchSize: number): Promise<number> {
  let total = 0;
  for (;;) {
    const { records } = await executeQuery(
      driver,
      REMOVE_COMMUNITIES,
      { batchSize: neo4j.int(batchSize) },
      { during: 'removing the previous communities' },
    );
    const removed = Number(records[0].get('removed'));
    total += removed;
    if (removed < batchSize) return total;
  }
}

interface LabelledRow {
  label: string;
}

function groupByLabel<T extends LabelledRow>(rows: T[]): Map<string, Omit<T, 'label'>[]> {
  const groups = new Map<string, Omit<T, 'label'>[]>();
  for (const { label, ...row } of rows) {
    const group = groups.get(label);
    if (group) group.push(row);
    else groups.set(label, [row]);
  }
  return groups;
}

/** The whole entity graph's metrics and community, one row per entity node. */
function metricRows(analysis: Analysis) {
  const { graph, metrics, communities } = analysis.entity;
  return graph.mapNodes((node, attributes) => {
    const row: Record<string, unknown> = {
      label: matchLabel(attributes.type),
      key: node,
      community: neo4j.int(communities.communities[node]),
    };
    for (const metric of METRICS) {
      const value = metrics.values[metric]?.get(node);
      row[metric] = value === undefined ? null : metric === 'degree' ? neo4j.int(value) : value;
    }
    return row as LabelledRow & Record<string, unknown>;
  });
}

const communityKey = (projection: string, id: number) => `${projection}:${id}`;

function communityRows(analysis: Analysis) {
  return PROJECTIONS.flatMap((projection) => {
    const { communities, summaries } = analysis[projection];
    return summaries.map((s) => ({
      key: communityKey(projection, s.id),
      projection,
      id: neo4j.int(s.id),
      name: s.label,
      size: neo4j.int(s.size),
      ties: s.ties,
      modularity: communities.modularity,
      resolution: communities.resolution,
    }));
  });
}

function membershipRows(analysis: Analysis) {
  return PROJECTIONS.flatMap((projection) =>
    analysis[projection].summaries.flatMap((s) =>
      s.members.map((m) => ({
        label: matchLabel(m.type),
        key: m.key,
        community: communityKey(projection, s.id),
        projection,
        rank: m.rank,
      })),
    ),
  );
}
