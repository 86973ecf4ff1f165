"use client";

import { useActionState } from "react";
import { removeUserAction } from "@/app/(portal)/panel/hesap/team-actions";

export function RemoveUserButton({ userId, email }: { userId: string; email: string }) {
  const [state, act, pending] = useActionState(removeUserAction, null);
  return (
    <form action={act} className="flex flex-col items-start gap-1">
      <input type="hidden" name="userId" value={userId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${email}: Kaldır`}
        className="rounded border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100"
      >
        Kaldır
      </button>
      {state && !state.ok && (
        <span role="alert" className="text-xs text-red-700">
          {state.formError}
        </span>
      )}
    </form>
  );
}
