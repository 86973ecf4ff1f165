"use client";

import { useActionState } from "react";
import { endSessionAction } from "@/app/(auth)/session-actions";
import { SESSION_STATUS_TONES } from "@/components/status/tones";
import { Alert } from "@/components/ui/alert";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { StatusBadge } from "@/components/ui/status-badge";
import { useActionToast } from "@/components/ui/use-action-toast";

export type SessionRow = { id: string; device: string; lastSeen: string; ip: string; current: boolean };

const SESSION_LABELS = { current: "Bu cihaz", open: "Açık" } as const;

/** The open sessions, each with `Oturumu kapat` (asks first); the answer shows above the list and as a toast. */
export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const [state, act, pending] = useActionState(endSessionAction, null);
  useActionToast(state);
  return (
    <div className="flex flex-col gap-3">
      {state && !state.ok && <Alert>{state.formError}</Alert>}
      {state?.ok && <Alert tone="success">{state.message}</Alert>}
      <ul aria-label="Açık oturumlar" className="divide-y divide-border rounded-lg border border-border">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="flex min-w-0 flex-col gap-1">
              <p className="flex flex-wrap items-center gap-2 font-medium break-words">
                {session.device}
                <StatusBadge
                  status={session.current ? "current" : "open"}
                  labels={SESSION_LABELS}
                  tones={SESSION_STATUS_TONES}
                />
              </p>
              <p className="text-sm break-words text-muted-foreground">
                Son görülme: {session.lastSeen} · IP: {session.ip}
              </p>
            </div>
            <ConfirmAction
              trigger="Oturumu kapat"
              triggerLabel={`${session.device}: Oturumu kapat`}
              triggerSize="sm"
              title="Oturum kapatılsın mı?"
              description={
                session.current
                  ? "Bu cihazdaki oturumunuz kapatılacak ve giriş sayfasına yönlendirileceksiniz."
                  : `${session.device} üzerindeki oturum kapatılacak; o cihazda yeniden giriş yapmak gerekecek.`
              }
              confirm="Oturumu kapat"
              busyLabel="Kapatılıyor…"
              action={act}
              fields={{ sessionId: session.id }}
              pending={pending}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
