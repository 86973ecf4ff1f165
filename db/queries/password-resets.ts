import { and, eq, gt, isNull } from "drizzle-orm";
import { sha256Hex } from "@/lib/tokens";
import type { DbOrTx } from "../index";
import { passwordResetTokens } from "../schema";

const MAX_TOKEN_LENGTH = 200;

/** Whether a reset link can still be used (for the page; the reset itself checks again atomically). */
export async function isResetTokenUsable(db: DbOrTx, params: { token: string; now?: Date }): Promise<boolean> {
  if (params.token.length > MAX_TOKEN_LENGTH) return false;
  const [row] = await db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.tokenHash, sha256Hex(params.token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, params.now ?? new Date()),
      ),
    )
    .limit(1);
  return Boolean(row);
}
