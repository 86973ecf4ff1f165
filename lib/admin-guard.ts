/**
 * The check every operations use case makes itself, whatever called it: the adminAction wrapper
 * already refuses anyone else, but a use case is also reachable from other code (a route handler, a
 * job, a future action), and the type of its context proves nothing at run time.
 */
import { isAdminActor, type AdminContext, type Context } from "./context";
import { AppError } from "./errors";

export const ADMIN_ONLY_MESSAGE = "Bu işlem için yetkiniz yok.";

export function assertAdmin(ctx: Context): asserts ctx is AdminContext {
  if (!isAdminActor(ctx.actor)) {
    ctx.log.warn({ actor: ctx.actor.kind }, "admin use case refused");
    throw new AppError("ADMIN_ONLY", ADMIN_ONLY_MESSAGE);
  }
}
