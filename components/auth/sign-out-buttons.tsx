"use client";

import { useActionState } from "react";
import { signOutAction, signOutEverywhereAction } from "@/app/(auth)/session-actions";
import { Alert } from "@/components/ui/alert";
import { ConfirmAction } from "@/components/ui/confirm-action";

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
      {state && !state.ok && <Alert>{state.formError}</Alert>}
      <ConfirmAction
        trigger="Tüm oturumları kapat"
        triggerSize="sm"
        title="Tüm oturumlar kapatılsın mı?"
        description="Bu cihaz dahil tüm cihazlardaki oturumlarınız kapatılacak ve açık şifre sıfırlama bağlantıları geçersiz olacak."
        confirm="Tüm oturumları kapat"
        busyLabel="Kapatılıyor…"
        action={act}
        pending={pending}
      />
    </>
  );
}
