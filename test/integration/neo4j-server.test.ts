/** The project's local Neo4j server (skipped when NEO4J_URI names another server). */
import { readFileSync, readdirSync } from 'node:fs';
import { run } from '../../src/commands/neo4j';
import { BOLT_PORT, HTTP_PORT, NEO4J_VERSION, paths } from '../../src/neo4j/layout';
import { ensureLocalServer, localServerStatus } from '../../src/neo4j/local-server';
import { usesLocalServer } from '../helpers/neo4j';

const describeLocal = usesLocalServer ? describe : describe.skip;
const quiet = (): void => undefined;

/** Pids of this project's Neo4j processes, from /proc. */
function serverPids(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return cmdline.includes('CommunityEntryPoint') && cmdline.includes(paths.home);
      } catch {
        return false; // ended while we looked
      }
    })
    .map(Number);
}

/** Local addresses (hex "ADDR:PORT") of sockets listening on `port`, from /proc/net/tcp{,6}. */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
    readFileSync(table, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[3] === '0A' && cols[1]?.endsWith(`:${hexPort}`))
      .map((cols) => cols[1]),
  );
}

async function captured(action: string): Promise<string> {
  const lines: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a) => void lines.push(a.join(' ')));
  try {
    await run({ action });
    return lines.join('\n');
  } finally {
    log.mockRestore();
  }
}

describeLocal('local Neo4j server', () => {
  it('starts idempotently: starting again, even twice at once, keeps the one server', async () => {
    const first = await ensureLocalServer(quiet);
    const [second, third] = await Promise.all([ensureLocalServer(quiet), ensureLocalServer(quiet)]);
    expect(second).toEqual({ pid: first.pid, started: false });
    expect(third).toEqual({ pid: first.pid, started: false });
    expect(serverPids()).toEqual([first.pid]);
  });

  it('reports its status', async () => {
    const status = await localServerStatus();
    expect(status.state).toBe('running');
    const out = await captured('status');
    expect(out).toContain(`Neo4j ${NEO4J_VERSION} is running`);
    expect(out).toContain('bolt://127.0.0.1:7687');
    expect(out).toContain('http://127.0.0.1:7474/browser/');
    expect(out).not.toMatch(/NEO4J_PASSWORD=/);
  });

  it('listens on 127.0.0.1 only', () => {
    for (const port of [BOLT_PORT, HTTP_PORT]) {
      const addresses = listeningAddresses(port);
      expect(addresses.length).toBeGreaterThan(0);
      // 127.0.0.1 is 0100007F in /proc/net/tcp, ::ffff:127.0.0.1 ends so in tcp6 (Java's
      // dual-stack sockets), and ::1 is 00000000000000000000000001000000.
      for (const address of addresses) {
        expect(address).toMatch(/^(0100007F|0{16}FFFF00000100007F|0{24}01000000):/);
      }
    }
  });

  it('serves Neo4j Browser and the project style on 127.0.0.1:7474', async () => {
    const page = await fetch('http://127.0.0.1:7474/browser/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Neo4j Browser</title>');
    const style = await fetch('http://127.0.0.1:7474/browser/kg-style.grass');
    expect(await style.text()).toBe(readFileSync(paths.style, 'utf8'));
    const discovery = (await (await fetch('http://127.0.0.1:7474/')).json()) as {
      neo4j_version: string;
    };
    expect(discovery.neo4j_version).toBe(NEO4J_VERSION);
  });
});
