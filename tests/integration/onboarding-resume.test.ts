import "./helpers/next-mocks";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { switchApplicationAction } from "@/app/(onboarding)/basla/devam/sec/actions";
import { getDb } from "@/db";
import { onboardingSessions } from "@/db/schema";
import { decideResume } from "@/lib/onboarding/resume";
import { sha256Hex } from "@/lib/tokens";
import { cookieJar } from "./helpers/onboarding";
import { expectRedirect } from "./helpers/redirect";

vi.mock("@/app/(onboarding)/basla/cookie", async () => (await import("./helpers/onboarding")).onboardingCookieMock);

async function application(token: string, companyName: string, status: "in_progress" | "completed" | "abandoned") {
  const db = await getDb();
  await db
    .insert(onboardingSessions)
    .values({ resumeTokenHash: sha256Hex(token), currentStep: 3, step1: { companyName }, status });
}

beforeEach(() => {
  cookieJar.token = null;
});

describe("resume link into a browser with an application open", () => {
  it("asks, naming both applications, only when the one open here is still in progress", async () => {
    await application("acik", "Açık Firma", "in_progress");
    await application("bagli", "Bağlı Firma", "in_progress");
    await application("bitmis", "Bitmiş Firma", "completed");
    await application("birakilmis", "Bırakılmış Firma", "abandoned");
    expect(await decideResume({ token: "bagli", currentToken: "acik" })).toEqual({
      kind: "ask",
      current: { companyName: "Açık Firma", step: "Adım 3: Entegrasyon" },
      linked: { companyName: "Bağlı Firma", step: "Adım 3: Entegrasyon" },
    });
    for (const currentToken of [null, "bagli", "bitmis", "birakilmis", "bilinmeyen"]) {
      expect(await decideResume({ token: "bagli", currentToken })).toEqual({ kind: "adopt" });
    }
    for (const token of ["", "bitmis", "birakilmis", "bilinmeyen", "x".repeat(201)]) {
      expect(await decideResume({ token, currentToken: "acik" })).toEqual({ kind: "invalid" });
    }
  });

  it("switching takes the link's application; a link that opens nothing changes nothing", async () => {
    await application("acik", "Açık Firma", "in_progress");
    await application("bagli", "Bağlı Firma", "in_progress");
    await application("bitmis", "Bitmiş Firma", "completed");
    cookieJar.token = "acik";
    for (const token of ["bitmis", "bilinmeyen"]) {
      const result = await switchApplicationAction(null, { token });
      expect(result).toEqual({ ok: false, formError: "Bu devam bağlantısı geçersiz ya da süresi dolmuş." });
      expect(cookieJar.token).toBe("acik");
    }
    await expectRedirect(switchApplicationAction(null, { token: "bagli" }), "/basla");
    expect(cookieJar.token).toBe("bagli");
  });
});
