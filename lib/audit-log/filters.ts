/**
 * The audit log's state in the URL: the entity (`tur`: order, invoice, customer...; `kayit`: its id),
 * the acting user (`kullanici`), the action (`islem`: `order.status_changed`...), days (`baslangic`,
 * `bitis`) and the keyset position (`sonra`, `once`).
 */
import { z } from "zod";
import { calendarDay, filter, listParams } from "../list-params";
import { rowId } from "../row-id";
import { text } from "../text";

export const AUDIT_LOG_PAGE_SIZE = 50;
export const AUDIT_LOG_PATH = "/yonetim/denetim";

export const auditLogList = listParams({
  filters: {
    entityType: filter("tur", z.string().regex(/^[a-z_]{1,40}$/)),
    entityId: filter("kayit", text().pipe(z.string().min(1).max(100))),
    actorUserId: filter("kullanici", rowId()),
    action: filter("islem", z.string().regex(/^[a-z_.]{1,80}$/)),
    fromDate: filter("baslangic", calendarDay),
    toDate: filter("bitis", calendarDay),
  },
  keyset: true,
});

export type AuditLogQuery = ReturnType<typeof auditLogList.parse>;
