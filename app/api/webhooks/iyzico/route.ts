import { withActor } from "@/lib/context";
import { WEBHOOK_SIGNATURE_HEADER } from "@/lib/iyzico/webhook";
import { receiveIyzicoNotification } from "@/lib/payments/notifications";
import { afterResponse, requestContextFor } from "@/lib/request";

export const dynamic = "force-dynamic";

/** Notifications are small; anything larger is not Iyzico's. */
const MAX_BODY = 16 * 1024;

/**
 * Iyzico's payment notifications. 401 and nothing written without a valid X-IYZ-SIGNATURE-V3; a
 * proven one is answered 200 at once (Iyzico retries otherwise) and the attempt it names is settled
 * after the answer, by asking Iyzico (lib/payments/notifications.ts).
 */
export async function POST(request: Request) {
  const ctx = withActor(requestContextFor("iyzicoWebhook", request.headers), { kind: "system", label: "iyzico" });
  const raw = await request.text();
  if (raw.length > MAX_BODY) return new Response(null, { status: 413 });
  try {
    const receipt = await receiveIyzicoNotification(ctx, raw, request.headers.get(WEBHOOK_SIGNATURE_HEADER));
    if (receipt.status === 401) return Response.json({ status: "unauthorized" }, { status: 401 });
    const work = receipt.work;
    if (work) {
      await afterResponse(() =>
        work().catch((error: unknown) => ctx.log.error({ err: error }, "settling after a notification failed")),
      );
    }
    return Response.json({ status: "ok" });
  } catch (error) {
    ctx.log.error({ err: error }, "Iyzico notification not processed");
    // Not 200: Iyzico delivers it again later.
    return Response.json({ status: "error" }, { status: 500 });
  }
}
