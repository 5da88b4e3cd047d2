/** `kg query [NAME] [--param key=value …]`: runs a query of cypher/queries and prints a table. */
import { neo4jConfig, openDriver } from '../neo4j/connection';
import {
  bindParams,
  listQueries,
  readQuery,
  runNamedQuery,
  type NamedQuery,
} from '../query/query-library';
import { formatTable } from '../query/table';

export interface QueryOptions {
  name?: string;
  param?: Record<string, string>;
}

export async function run(options: QueryOptions): Promise<void> {
  if (!options.name) {
    console.log(listing(await listQueries()));
    return;
  }
  const query = await readQuery(options.name);
  const params = bindParams(query, options.param ?? {});
  const driver = await openDriver(neo4jConfig());
  try {
    console.log(formatTable(await runNamedQuery(driver, query, params)));
  } finally {
    await driver.close();
  }
}

function listing(queries: NamedQuery[]): string {
  return queries
    .map((q) => {
      const params = q.params.map(
        (p) =>
          `    --param ${p.name}=…  ${p.description}${p.default ? ` (default ${p.default})` : ''}`,
      );
      return [`${q.name}`, `    ${q.description}`, ...params].join('\n');
    })
    .join('\n');
}
