/** Finds a Java that Neo4j 5.26 runs on (17 or 21), or says clearly what is missing. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { UsageError } from '../errors';

const SUPPORTED_MAJORS = [17, 21];
const NEEDED = 'Neo4j 5.26 needs Java 17 or 21 (e.g. `apt-get install openjdk-17-jdk-headless`)';

/** `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` from the PATH. */
export function javaExecutable(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

/** The major version in `java -version` output ("1.8.0_392" → 8, "17.0.15" → 17). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** The java to run Neo4j with; throws a UsageError when it is missing or of the wrong version. */
export function requireJava(): string {
  const java = javaExecutable();
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error) throw new UsageError(`${NEEDED}; no \`${java}\` was found`);
  const major = parseJavaMajor(`${probe.stderr}${probe.stdout}`);
  if (major === undefined || !SUPPORTED_MAJORS.includes(major)) {
    throw new UsageError(`${NEEDED}; \`${java}\` is Java ${major ?? 'of unknown version'}`);
  }
  return java;
}
