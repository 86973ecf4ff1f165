/**
 * A PostgreSQL server for the volume benchmarks: `BENCH_DATABASE_URL` when set (a local server of
 * yours), otherwise a cluster of its own in `BENCH_PG_DIR` (default: the system's temp folder),
 * created once and kept, so the 100,000-customer seed is paid for once and reused by later runs. It
 * is started for the run and stopped after it. Needs PostgreSQL's server binaries (scripts/setup.sh).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type Cluster = { url: (database: string) => string; stop: () => void };

function pgBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const dir = join(root, version, "bin");
    if (existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl"))) return dir;
  }
  throw new Error(
    "PostgreSQL server binaries are missing: run 'sudo bash scripts/setup.sh' (or set BENCH_DATABASE_URL)",
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export async function startCluster(): Promise<Cluster> {
  const external = process.env.BENCH_DATABASE_URL;
  if (external) {
    return {
      url: (database) => {
        const url = new URL(external);
        url.pathname = `/${database}`;
        return url.toString();
      },
      stop: () => {},
    };
  }
  const bin = pgBin();
  const dir = process.env.BENCH_PG_DIR ?? join(tmpdir(), "cardak-bench-pg");
  // initdb refuses to run as root: the cluster then belongs to the `postgres` user.
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", join(bin, command), ...args], { stdio: "pipe" })
      : execFileSync(join(bin, command), args, { stdio: "pipe" });
  if (!existsSync(join(dir, "PG_VERSION"))) {
    mkdirSync(dir, { recursive: true });
    if (asRoot) execFileSync("chown", ["postgres", dir]);
    run("initdb", ["-D", dir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  }
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=127.0.0.1",
    // A disposable benchmark cluster: durability off for the seed's speed; reads are what is measured.
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c shared_buffers=512MB",
    "-c work_mem=16MB",
    "-c maintenance_work_mem=512MB",
    "-c max_wal_size=8GB",
    "-c max_connections=50",
  ].join(" ");
  run("pg_ctl", ["-D", dir, "-l", join(dir, "server.log"), "-w", "-o", options, "start"]);
  return {
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: () => {
      run("pg_ctl", ["-D", dir, "-m", "fast", "-w", "stop"]);
    },
  };
}
