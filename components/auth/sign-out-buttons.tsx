"use client";

import { useActionState } from "react";
import { signOutAction, signOutEverywhereAction } from "@/app/(auth)/session-actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormAlert } from "@/components/ui/form-alert";

/** `Çıkış`: a form of its own, so it works without JavaScript (in the user menu, a native popover). */
export function SignOutButton({ className, icon }: { className?: string; icon?: React.ReactNode }) {
  const [state, act, pending] = useActionState(signOutAction, null);
  return (
    <form action={act}>
      <button
        type="submit"
        disabled={pending}
        className={className ?? "rounded px-2 py-1 text-sm font-medium hover:text-brand-700"}
      >
        {icon}
        {pending ? "Çıkış yapılıyor…" : "Çıkış"}
      </button>
      {state && !state.ok && (
        <span role="alert" className="block px-3 pb-2 text-xs text-red-700">
          {state.formError}
        </span>
      )}
    </form>
  );
}

export function SignOutEverywhereButton() {
  const [state, act, pending] = useActionState(signOutEverywhereAction, null);
  return (
    <>
      {state && !state.ok && <FormAlert>{state.formError}</FormAlert>}
      <ConfirmDialog
        trigger="Tüm oturumları kapat"
        title="Tüm oturumları kapat"
        confirm="Tüm oturumları kapat"
        action={act}
        pending={pending}
      >
        Bu cihaz dahil tüm cihazlardaki oturumlarınız kapatılacak ve açık şifre sıfırlama bağlantıları geçersiz olacak.
      </ConfirmDialog>
    </>
  );
}
