"use client";

import { useActionState } from "react";
import { endSessionAction } from "@/app/(auth)/session-actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormAlert } from "@/components/ui/form-alert";

export type SessionRow = { id: string; device: string; lastSeen: string; ip: string; current: boolean };

/** The open sessions, each with `Oturumu kapat` (asks first); the answer shows above the list. */
export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const [state, act, pending] = useActionState(endSessionAction, null);
  return (
    <div className="flex flex-col gap-3">
      {state && !state.ok && <FormAlert>{state.formError}</FormAlert>}
      {state?.ok && <FormAlert tone="success">{state.message}</FormAlert>}
      <ul aria-label="Açık oturumlar" className="divide-y divide-stone-200 rounded-md border border-stone-200">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="min-w-0">
              <p className="font-medium break-words">
                {session.device}
                {session.current && (
                  <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">
                    Bu cihaz
                  </span>
                )}
              </p>
              <p className="text-sm break-words text-stone-600">
                Son görülme: {session.lastSeen} · IP: {session.ip}
              </p>
            </div>
            <ConfirmDialog
              trigger="Oturumu kapat"
              title="Oturumu kapat"
              confirm="Oturumu kapat"
              action={act}
              fields={{ sessionId: session.id }}
              pending={pending}
            >
              {session.current
                ? "Bu cihazdaki oturumunuz kapatılacak ve giriş sayfasına yönlendirileceksiniz."
                : `${session.device} üzerindeki oturum kapatılacak; o cihazda yeniden giriş yapmak gerekecek.`}
            </ConfirmDialog>
          </li>
        ))}
      </ul>
    </div>
  );
}
