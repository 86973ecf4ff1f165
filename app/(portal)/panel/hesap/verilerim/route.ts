import { currentUser } from "@/lib/auth/session";
import { exportCustomerData } from "@/lib/account/data-export";
import { withActor, type CustomerActor, type CustomerContext } from "@/lib/context";
import { attachmentDisposition } from "@/lib/csv";
import { requestContextFor } from "@/lib/request";
import { userActor } from "@/lib/safe-action";

const notFound = () =>
  new Response("Sayfa bulunamadı.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * `Verilerimi indir (JSON)`: the signed-in customer's own data (KVKK), as a dated JSON file. Only a
 * customer's user: admins, visitors and anyone without a customer get the 404 an unknown address gets.
 * There is no customer in the address: the session's is the only one it can read.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await currentUser();
  if (!user || user.role !== "customer" || !user.customerId) return notFound();
  const actor = userActor(user) as CustomerActor;
  const ctx: CustomerContext = {
    ...withActor(requestContextFor("exportCustomerData", request.headers), actor),
    customerId: user.customerId,
  };
  const result = await exportCustomerData(ctx);
  if (!result) return notFound();
  return new Response(JSON.stringify(result.data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": attachmentDisposition(result.fileName),
      "Cache-Control": "private, no-store",
    },
  });
}
