/** Operations' user list in the URL: role (`rol`), status (`durum`), a search (`q`) and the page. */
import { z } from "zod";
import { filter, listParams, listSearch } from "../list-params";

export const USERS_PAGE_SIZE = 50;
export const USERS_PATH = "/yonetim/kullanicilar";

export const USER_ROLE_LABELS = { admin: "Yönetici", customer: "Müşteri" } as const;
export type UserRole = keyof typeof USER_ROLE_LABELS;

/** A user can sign in (`active`) or not (`disabled`: turned off by operations or removed by its company). */
export const USER_STATUS_LABELS = { active: "Etkin", disabled: "Devre dışı" } as const;
export type UserStatus = keyof typeof USER_STATUS_LABELS;

export const userList = listParams({
  filters: {
    role: filter("rol", z.enum(["admin", "customer"])),
    status: filter("durum", z.enum(["active", "disabled"])),
    search: filter("q", listSearch()),
  },
});

export type UserListQuery = ReturnType<typeof userList.parse>;
