import { systemContext } from "@/lib/context";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { emails } from "@/db/schema";
import { requeueStaleEmails } from "@/lib/email-retry";
import { INLINE_DELIVERY_LIMIT, transactionWithEmails } from "@/lib/email";

const data = { name: "Ayşe", resetUrl: "http://localhost:3000/sifre-sifirla/abc", expiresInMinutes: 60 };

async function byStatus() {
  const db = await getDb();
  const rows = await db.select({ status: emails.status }).from(emails);
  return {
    stored: rows.filter((row) => row.status === "stored").length,
    queued: rows.filter((row) => row.status === "queued").length,
  };
}

describe("a batch of e-mails queued in one transaction, without Inngest", () => {
  it("writes them in one go, delivers the first 50 after commit and leaves the rest to the requeue job", async () => {
    const count = INLINE_DELIVERY_LIMIT + 10;
    await transactionWithEmails(async (_tx, _queue, queueAll) => {
      await queueAll(
        Array.from({ length: count }, (_, index) => ({
          to: `kisi${index}@firma.test`,
          template: "password-reset" as const,
          data,
        })),
      );
    });
    expect(await byStatus()).toEqual({ stored: INLINE_DELIVERY_LIMIT, queued: 10 });
    // Five minutes later the requeue job delivers the rest, all of them in one pass.
    const db = await getDb();
    await db
      .update(emails)
      .set({ requeueAfter: new Date(Date.now() - 60_000) })
      .where(eq(emails.status, "queued"));
    expect(await requeueStaleEmails(systemContext("requeue-emails"))).toEqual({ requeued: 10 });
    expect(await byStatus()).toEqual({ stored: count, queued: 0 });
  });

  it("writes none of them when the transaction rolls back", async () => {
    await expect(
      transactionWithEmails(async (_tx, _queue, queueAll) => {
        await queueAll([{ to: "a@firma.test", template: "password-reset", data }]);
        throw new Error("geri al");
      }),
    ).rejects.toThrow("geri al");
    expect(await byStatus()).toEqual({ stored: 0, queued: 0 });
  });
});
