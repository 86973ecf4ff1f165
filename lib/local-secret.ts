import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { env } from "./env";

const cache = new Map<string, string>();

/**
 * A secret for local use without configuration: generated once into DATA_DIR (next to the embedded
 * database) and read back on every later start, so sessions and encrypted data survive restarts.
 */
export function localSecret(name: string, bytes = 32): string {
  const cached = cache.get(name);
  if (cached) return cached;
  const dir = env().DATA_DIR;
  const file = join(dir, `${name}.secret`);
  let value: string;
  try {
    value = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(dir, { recursive: true });
    value = randomBytes(bytes).toString("hex");
    try {
      // "wx": if another process wrote it first, keep theirs.
      writeFileSync(file, `${value}\n`, { mode: 0o600, flag: "wx" });
    } catch {
      value = readFileSync(file, "utf8").trim();
    }
  }
  cache.set(name, value);
  return value;
}
