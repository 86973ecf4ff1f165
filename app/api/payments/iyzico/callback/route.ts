import { withActor } from "@/lib/context";
import { handleCheckoutCallback } from "@/lib/payments/callback";
import { requestContextFor } from "@/lib/request";

export const dynamic = "force-dynamic";

/**
 * Iyzico's payment page posts `token` here (a form post from Iyzico's site: no session cookie comes
 * with it, and none is needed). The token finds our attempt; Iyzico is asked what happened; the
 * browser goes to the invoice with the outcome. Replays change nothing.
 */
export async function POST(request: Request) {
  const ctx = withActor(requestContextFor("iyzicoCallback", request.headers), { kind: "system", label: "iyzico" });
  let token: string | null = null;
  try {
    const value = (await request.formData()).get("token");
    token = typeof value === "string" ? value : null;
  } catch {
    token = null;
  }
  try {
    const location = await handleCheckoutCallback(ctx, token);
    return new Response(null, { status: 303, headers: { Location: location } });
  } catch (error) {
    ctx.log.error({ err: error }, "payment callback failed");
    // Reconciliation settles the attempt later; the customer learns it is being checked.
    return new Response(null, { status: 303, headers: { Location: "/panel/faturalar?odeme=beklemede" } });
  }
}
