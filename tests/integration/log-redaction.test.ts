import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { createLogger } from "@/lib/logger";

/** The lines a logger built like the app's writes, kept in memory. */
function memoryLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return { log: createLogger(stream, { level: "info" }), lines };
}

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("the query was expected to fail");
}

describe("a failed query in the log", () => {
  it("keeps the error's code and SQL but never the query's parameters, however it is logged", async () => {
    const db = await getDb();
    const hash = await hashPassword("Gizli-Kalmali-2026");
    const email = "sizinti@ornek.test";
    // A NUL in a parameter: PostgreSQL refuses the whole query.
    const nul = await failure(() =>
      db.insert(users).values({ email, name: "Mehmet\u0000 Kaya", passwordHash: hash, role: "admin" }),
    );
    // A NOT NULL violation: PostgreSQL's detail repeats the whole failing row, hash included.
    const notNull = await failure(() =>
      db.execute(sql`insert into users (email, name, password_hash, role) values (${email}, null, ${hash}, 'admin')`),
    );

    const { log, lines } = memoryLogger();
    for (const error of [nul, notNull]) {
      log.error({ err: error }, "server action failed");
      log.error(error);
      log.error({ error }, "under another name");
      log.child({ requestId: "r-1" }).warn({ cause: error, step: 3 }, "in a child logger");
      // The driver's own error, as code that queries without Drizzle would log it.
      log.error({ err: (error as Error).cause }, "driver error");
    }

    expect(lines).toHaveLength(10);
    for (const line of lines) {
      expect(line).not.toContain(hash);
      expect(line).not.toContain("argon2id");
      expect(line).not.toContain(email);
      expect(line).not.toContain("Mehmet");
    }
    // What is left still tells what failed.
    const first = JSON.parse(lines[0]!) as { err: { message: string; cause?: { code?: string } } };
    expect(first.err.message).toMatch(/^Failed query: insert into "users"/);
    expect(JSON.stringify(first)).toMatch(/22021|22P05|invalid byte sequence|0x00/);
    expect(lines.join("\n")).toMatch(/null value in column/);
    expect(lines.join("\n")).toContain(`"code":"23502"`);
  });
});
