"use client";

import { useActionState } from "react";
import { signOutAction, signOutEverywhereAction } from "@/app/(auth)/actions";

export function SignOutButton() {
  const [, act, pending] = useActionState(signOutAction, null);
  return (
    <form action={act}>
      <button type="submit" disabled={pending} className="rounded px-2 py-1 text-sm font-medium hover:text-brand-700">
        Çıkış
      </button>
    </form>
  );
}

export function SignOutEverywhereButton() {
  const [, act, pending] = useActionState(signOutEverywhereAction, null);
  return (
    <form action={act}>
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100"
      >
        Tüm oturumları kapat
      </button>
    </form>
  );
}
