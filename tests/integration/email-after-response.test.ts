import "./helpers/next-mocks";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { systemContext } from "@/lib/context";
import { emails } from "@/db/schema";
import { transactionWithEmails } from "@/lib/email";
import { resetEnvCache } from "@/lib/env";
import { scheduledJobs } from "@/lib/scheduled-jobs";
import { startFakeResend } from "../fakes/resend";
import { responseSent } from "./helpers/response";

const data = { name: "Ayşe", resetUrl: "http://localhost:3000/sifre-sifirla/abc", expiresInMinutes: 60 };
let fake: Awaited<ReturnType<typeof startFakeResend>> | undefined;

async function useResend(script: number[]) {
  fake = await startFakeResend(script);
  process.env.RESEND_API_KEY = "re_test_key";
  process.env.RESEND_BASE_URL = fake.url;
  resetEnvCache();
  return fake;
}

afterEach(async () => {
  await responseSent();
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  resetEnvCache();
  await fake?.close();
  fake = undefined;
});

async function queueInRequest(to = "ayse@firma.com.tr"): Promise<string> {
  await transactionWithEmails(async (_tx, queue) => {
    await queue({ to, template: "password-reset", data });
  });
  const db = await getDb();
  const [row] = await db.select({ id: emails.id }).from(emails).where(eq(emails.recipient, to));
  return row!.id;
}

async function row(id: string) {
  const db = await getDb();
  const [found] = await db.select().from(emails).where(eq(emails.id, id));
  return found!;
}

describe("e-mails queued in a request", () => {
  it("are committed `queued` before the answer, and delivered once the response is sent", async () => {
    const resend = await useResend([]);
    const id = await queueInRequest();
    expect(await row(id)).toMatchObject({ status: "queued", attempts: 0 });
    expect(resend.received).toEqual([]);

    await responseSent();
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 1, providerId: "fake-1" });
    expect(resend.received.map((request) => request.idempotencyKey)).toEqual([`email/${id}`]);
  });

  it("stay `queued` when the delivery after the response fails, for the requeue job to send", async () => {
    const resend = await useResend([500]);
    const id = await queueInRequest();
    await responseSent();
    expect(await row(id)).toMatchObject({ status: "queued", attempts: 1, lastError: expect.any(String) });

    const requeue = scheduledJobs.find((job) => job.id === "requeue-emails")!;
    expect(await requeue.run(systemContext("requeue-emails"), new Date(Date.now() + 6 * 60_000))).toEqual({
      requeued: 1,
    });
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(resend.received).toHaveLength(2);
  });
});
