// A/B: two app servers (A = this folder, B = AB_DIR), same database, same requests in alternating blocks.
import { request } from "undici";
import { spawn, execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { startCluster } from "./pg-cluster";
import { signInCookie } from "./admin-http-server";
import { BENCH_COMPANY } from "./app-build";

const paths = (process.env.PROBE_PATHS ?? "/yonetim/bos,/yonetim/musteriler").split(",");
const N = Number(process.env.PROBE_N ?? 40), ROUNDS = Number(process.env.PROBE_ROUNDS ?? 10), C = Number(process.env.PROBE_C ?? 2);
const cluster = await startCluster();
async function start(cwd: string, port: number, nodeArgs: string[] = [], dbQuery = "") {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...nodeArgs, "server.mjs", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd, env: { ...process.env, NODE_ENV: "production", DATABASE_URL: cluster.url("cardak_bench_volume") + dbQuery, APP_URL: url, AUTH_SECRET: "x".repeat(64), ENCRYPTION_KEY: randomBytes(32).toString("hex"), ...BENCH_COMPANY, INNGEST_EVENT_KEY: "bench-no-events", LOG_LEVEL: "error", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (;;) { try { if ((await fetch(`${url}/api/health`)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 250)); }
  const cpu = () => { const f = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" "); return (Number(f[11]) + Number(f[12])) * 10; };
  return { url, cpu, stop: () => new Promise<void>((r) => { child.once("exit", () => r()); child.kill("SIGTERM"); }) };
}
const A = await start(process.cwd(), 3411), B = await start(process.env.AB_DIR!, 3412, (process.env.B_ARGS ?? "").split(" ").filter(Boolean), process.env.B_DB_QUERY ?? "");
try {
  const cookie = await signInCookie(A.url, { email: "http-bench@cardak.local", password: "http-bench-password-1" });
  const servers = [A, B];
  const acc = servers.map(() => paths.map(() => ({ cpu: 0, ms: [] as number[] })));
  const get = async (base: string, path: string) => { const r = await request(base + path, { headers: { cookie } }); await r.body.text(); if (r.statusCode !== 200) throw new Error(`${path} ${r.statusCode}`); };
  for (const s of servers) for (const p of paths) for (let i = 0; i < 15; i++) await get(s.url, p);
  for (let round = 0; round < ROUNDS; round++) for (const [si, s] of (round % 2 ? [...servers].reverse() : servers).entries()) for (const [i, p] of paths.entries()) {
    const idx = round % 2 ? 1 - si : si;
    const c0 = s.cpu();
    await Promise.all(Array.from({ length: C }, async () => { for (let k = 0; k < N / C; k++) { const t = performance.now(); await get(s.url, p); acc[idx]![i]!.ms.push(performance.now() - t); } }));
    acc[idx]![i]!.cpu += s.cpu() - c0;
  }
  const p = (a: number[], q: number) => [...a].sort((x, y) => x - y)[Math.floor(a.length * q)]!;
  for (const [i, path] of paths.entries()) {
    const [a, b] = [acc[0]![i]!, acc[1]![i]!];
    const ca = a.cpu / (N * ROUNDS), cb = b.cpu / (N * ROUNDS);
    const ea = acc[0]![0]!.cpu / (N * ROUNDS), eb = acc[1]![0]!.cpu / (N * ROUNDS);
    console.log(`${path.slice(0, 40).padEnd(40)} CPU A ${ca.toFixed(2)} (×${(ca / ea).toFixed(2)}) B ${cb.toFixed(2)} (×${(cb / eb).toFixed(2)})  p50 A ${p(a.ms, 0.5).toFixed(1)} B ${p(b.ms, 0.5).toFixed(1)} p95 A ${p(a.ms, 0.95).toFixed(1)} B ${p(b.ms, 0.95).toFixed(1)}`);
  }
} finally { await A.stop(); await B.stop(); cluster.stop(); }
