import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A throwaway PostgreSQL server for the benchmarks, started the way tests/run.sh starts the test
 * server: initdb in a temporary directory, on a free local port, stopped and removed by `stop()`.
 */
export async function startPostgres(extraOptions = ""): Promise<{ url: string; stop: () => void }> {
  const versions = existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql").sort() : [];
  const bin = versions
    .map((version) => `/usr/lib/postgresql/${version}/bin`)
    .find((dir) => existsSync(`${dir}/initdb`));
  if (!bin) throw new Error("PostgreSQL server binaries are missing: run 'bash scripts/setup.sh' as root");
  const dir = mkdtempSync(join(tmpdir(), "cardak-bench-"));
  const data = join(dir, "pg");
  // initdb refuses to run as root: the cluster belongs to the postgres user, as in tests/run.sh.
  const asPg = (command: string, args: string[]) =>
    process.getuid?.() === 0
      ? (["runuser", ["-u", "postgres", "--", command, ...args]] as const)
      : ([command, args] as const);
  if (process.getuid?.() === 0) {
    spawnSync("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
    execFileSync("chown", ["-R", "postgres", dir]);
    chmodSync(dir, 0o755);
  }
  const port = await freePort();
  const run = (command: string, args: string[]) => {
    const [file, argv] = asPg(command, args);
    execFileSync(file, [...argv], { stdio: "ignore" });
  };
  run(`${bin}/initdb`, ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  // Durable settings as in production (fsync on), unlike the test server: commits cost what they cost.
  run(`${bin}/pg_ctl`, [
    "-D",
    data,
    "-l",
    join(dir, "pg.log"),
    "-w",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c max_wal_size=2GB ${extraOptions}`,
    "start",
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run(`${bin}/pg_ctl`, ["-D", data, "-m", "fast", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
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
