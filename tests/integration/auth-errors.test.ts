import "./helpers/next-mocks";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { handlers, signIn } from "@/lib/auth";
import { logger } from "@/lib/logger";
import { ids, insertUser } from "./helpers/fixtures";

afterEach(() => {
  vi.restoreAllMocks();
});

/** Lets the logger's request-id lookup finish before the test looks at what was logged. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("Auth.js's errors", () => {
  it("go to the app's log, but a wrong password does not", async () => {
    const logged = vi.spyOn(logger, "error");
    await insertUser({ id: ids.admin, email: "operasyon@cardak.test", role: "admin" });

    await expect(
      signIn("credentials", { email: "operasyon@cardak.test", password: "Yanlis-Sifre-2026", redirect: false }),
    ).rejects.toMatchObject({ type: "CredentialsSignin" });
    await settle();
    expect(logged).not.toHaveBeenCalled();

    // A session cookie that is not ours: Auth.js cannot decode it.
    const response = await handlers.GET(
      new NextRequest("http://localhost:3000/api/auth/session", {
        headers: { cookie: "authjs.session-token=kurcalanmis-cerez" },
      }),
    );
    expect(await response.json()).toBeNull();
    await settle();
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ err: expect.objectContaining({ type: "JWTSessionError" }) }),
      "Auth.js error",
    );
  });
});
