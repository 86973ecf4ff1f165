/**
 * The production settings every benchmark build and server of the app gets (lib/env.ts requires
 * them in production, `next build` included, since prerendered pages print them): a made-up
 * company, and the build that uses them.
 */
import { execFileSync } from "node:child_process";

export const BENCH_COMPANY = {
  COMPANY_ADDRESS: "Atatürk Mah. Depo Cad. No: 12, 34522 Esenyurt / İstanbul",
  COMPANY_TAX_OFFICE: "Esenyurt",
  COMPANY_TAX_ID: "1234567890",
  COMPANY_IBAN: "TR330006100519786457841326",
};

/** `next build` in `cwd` with those settings (the servers started from it say their own APP_URL). */
export function benchBuild(cwd: string, env: Record<string, string> = {}): void {
  execFileSync("npx", ["next", "build"], {
    cwd,
    stdio: "inherit",
    env: { ...process.env, APP_URL: "http://127.0.0.1:3000", ...BENCH_COMPANY, ...env },
  });
}
