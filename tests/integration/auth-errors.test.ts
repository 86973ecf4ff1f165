import "./helpers/next-mocks";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { handlers, signIn } from "@/lib/auth";
import { logger } from "@/lib/logger";
import { ids, insertUser } from "./helpers/fixtures";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("Auth.js's errors", () => {
  it("go to the app's log, but a wrong password does not", async () => {
    const logged = vi.spyOn(logger, "error");
    await insertUser({ id: ids.admin, email: "operasyon@cardak.test", role: "admin" });

    await expect(
      signIn("credentials", { email: "operasyon@cardak.test", password: "Yanlis-Sifre-2026", redirect: false }),
    ).rejects.toMatchObject({ type: "CredentialsSignin" });

    // A session cookie that is not ours: Auth.js cannot decode it.
    const response = await handlers.GET(
      new NextRequest("http://localhost:3000/api/auth/session", {
        headers: { cookie: "authjs.session-token=kurcalanmis-cerez" },
      }),
    );
    expect(await response.json()).toBeNull();
    // Logged once the request id is looked up: waited for, not guessed with a pause. Anything the
    // wrong password had logged would have come first, the same way: only the cookie's error is there.
    await vi.waitFor(() => expect(logged).toHaveBeenCalled());
    expect(logged.mock.calls).toEqual([
      [expect.objectContaining({ err: expect.objectContaining({ type: "JWTSessionError" }) }), "Auth.js error"],
    ]);
  });
});
