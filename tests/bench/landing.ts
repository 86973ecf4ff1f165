// Throughput of the landing page `/` against a static file route of the same app (/robots.txt,
// prerendered at build), both served by the production build through server.mjs as `npm start`
// runs it, on an embedded database of its own. The same client loop measures both in one run.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Pool } from "undici";
import { BENCH_COMPANY } from "./app-build";

const CONNECTIONS = 10;
const SECONDS = 5;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Requests per second on `pathname` with CONNECTIONS requests in flight for `seconds`. */
async function requestsPerSecond(origin: string, pathname: string, seconds = SECONDS): Promise<number> {
  const pool = new Pool(origin, { connections: CONNECTIONS });
  let done = 0;
  let failed = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const response = await pool.request({ path: pathname, method: "GET" });
      await response.body.arrayBuffer();
      if (response.statusCode === 200) done++;
      else failed++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const elapsed = (performance.now() - started) / 1000;
  await pool.close();
  if (failed > 0) throw new Error(`${pathname}: ${failed} answers were not 200`);
  return done / elapsed;
}

export type LandingResult = { page: string; rps: number; staticRps: number };

/** Starts the build in `appDir` (its .next) and measures `/` (and `others`) against /robots.txt. */
export async function benchLanding(appDir: string, others: string[] = []): Promise<LandingResult[]> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "cardak-landing-"));
  const child = spawn(process.execPath, ["server.mjs", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: appDir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: undefined,
      PGLITE_DATA_DIR: path.join(dataDir, "pglite"),
      APP_URL: origin,
      LOG_LEVEL: "warn",
      ...BENCH_COMPANY,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`The app exited with ${child.exitCode}`);
      const healthy = await fetch(`${origin}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (healthy) break;
      if (Date.now() > deadline) throw new Error("The app did not start within 120 s");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const results: LandingResult[] = [];
    for (const page of ["/", ...others]) {
      await requestsPerSecond(origin, page, 2); // warm-up: caches, JIT, the first render
      await requestsPerSecond(origin, "/robots.txt", 1);
      const rps = await requestsPerSecond(origin, page);
      const staticRps = await requestsPerSecond(origin, "/robots.txt");
      results.push({ page, rps, staticRps });
    }
    return results;
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function formatLanding(results: LandingResult[]): string {
  return results
    .map(
      (r) =>
        `${r.page}: ${r.rps.toFixed(0)} requests/s vs /robots.txt (static) ${r.staticRps.toFixed(0)} requests/s → ratio ${(r.rps / r.staticRps).toFixed(2)}`,
    )
    .join("\n");
}

// `npx tsx tests/bench/landing.ts [appDir] [more paths...]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const [appDir = ".", ...others] = process.argv.slice(2);
  console.log(formatLanding(await benchLanding(path.resolve(appDir), others)));
}
