/**
 * A production server of the app for the HTTP benchmark, started as `npm start` starts it (server.mjs
 * on the last `next build`), against one database; and a signed-in admin's cookies, taken from a real
 * sign-in in Chromium (the sign-in is a server action with its own protections, not an API).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { chromium } from "@playwright/test";
import { BENCH_COMPANY } from "./app-build";

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

/**
 * The CPU time a process has used so far in ms, all its threads (the garbage collector's too), from
 * Linux's /proc (utime + stime, in clock ticks of 10 ms); null where there is no /proc.
 */
function cpuTime(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export type AppServer = { url: string; cpuTime: () => number | null; stop: () => Promise<void> };

export async function startAppServer(databaseUrl: string): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // BENCH_SERVER_NODE_ARGS: node options for the app, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
  const node = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const args = [...node, "server.mjs", "--port", String(port), "--hostname", "127.0.0.1"];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      APP_URL: url,
      AUTH_SECRET: randomBytes(32).toString("hex"),
      ENCRYPTION_KEY: randomBytes(32).toString("hex"),
      ...BENCH_COMPANY,
      // An Inngest key turns off the in-process scheduler: no billing sweep runs during the measurement.
      INNGEST_EVENT_KEY: "bench-no-events",
      LOG_LEVEL: "error",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited with ${child.exitCode}: ${stderr}`);
    if (Date.now() > deadline) throw new Error(`The app did not answer within 90 s: ${stderr}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    cpuTime: () => cpuTime(child.pid),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Signs in through the sign-in page and returns the session's cookies as a Cookie header. */
export async function signInCookie(url: string, admin: { email: string; password: string }): Promise<string> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/giris`);
    await page.getByLabel("E-posta").fill(admin.email);
    await page.getByLabel("Şifre").fill(admin.password);
    await page.getByRole("button", { name: "Giriş yap" }).click();
    await page.waitForURL(/\/yonetim$/, { timeout: 60_000 });
    const cookies = await context.cookies(url);
    return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
  } finally {
    await browser.close();
  }
}
