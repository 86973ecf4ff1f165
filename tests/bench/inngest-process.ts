/**
 * The fake Inngest (tests/fakes/inngest.ts) in a process of its own, as Inngest runs outside the app:
 * a benchmark then measures what sending events costs the app (the SDK's work and the request), not
 * the stand-in's parsing of 20,000 events on the app's own event loop.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startFakeInngest } from "../fakes/inngest";

export async function startFakeInngestProcess(): Promise<{ url: string; close: () => Promise<void> }> {
  const child = fork(fileURLToPath(import.meta.url), ["--serve"], { execArgv: ["--import", "tsx"], stdio: "inherit" });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("message", (message) => resolve(String(message)));
    child.once("exit", (code) => reject(new Error(`fake Inngest exited with ${code}`)));
  });
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

if (process.argv.includes("--serve")) {
  const fake = await startFakeInngest();
  process.send?.(fake.url);
  process.once("SIGTERM", () => void fake.close().then(() => process.exit(0)));
}
