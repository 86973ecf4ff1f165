import { pingDb } from "@/db";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    await pingDb();
    return Response.json({ status: "ok" });
  } catch (error) {
    logger.error({ err: error, requestId: request.headers.get("x-request-id") }, "health check: database unavailable");
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
