/**
 * Which Neo4j the project talks to. The environment wins over `.env`; a NEO4J_URI
 * set in the environment (or pointing elsewhere in `.env`) names an existing
 * server that the project uses as it is and never starts.
 */
import { readEnvFile } from './env-file';
import { LOCAL_URI } from './layout';

export interface Neo4jConfig {
  uri: string;
  user: string;
  /** Undefined only for a local server that has not been started yet. */
  password: string | undefined;
  /** True when the project manages the server itself (under .neo4j/). */
  local: boolean;
}

export const DEFAULT_USER = 'neo4j';

export function neo4jConfig(): Neo4jConfig {
  const file = readEnvFile();
  const env = process.env;
  const uri = env.NEO4J_URI || file.NEO4J_URI || LOCAL_URI;
  return {
    uri,
    user: env.NEO4J_USER || file.NEO4J_USER || DEFAULT_USER,
    password: env.NEO4J_PASSWORD || file.NEO4J_PASSWORD || undefined,
    local: !env.NEO4J_URI && uri === LOCAL_URI,
  };
}
