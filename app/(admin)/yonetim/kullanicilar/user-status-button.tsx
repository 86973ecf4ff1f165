"use client";

import { useActionState } from "react";
import { setUserDisabledAction } from "@/app/(admin)/yonetim/kullanicilar/actions";

export function UserStatusButton({ userId, disabled, email }: { userId: string; disabled: boolean; email: string }) {
  const [state, act, pending] = useActionState(setUserDisabledAction, null);
  return (
    <form action={act} className="flex flex-col items-start gap-1">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${email}: ${disabled ? "Etkinleştir" : "Devre dışı bırak"}`}
        className="rounded border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100"
      >
        {disabled ? "Etkinleştir" : "Devre dışı bırak"}
      </button>
      {state && !state.ok && (
        <span role="alert" className="text-xs text-red-700">
          {state.formError}
        </span>
      )}
    </form>
  );
}
