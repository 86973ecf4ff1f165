import { SignOutEverywhereButton } from "@/components/auth/sign-out-buttons";
import { listOpenSessions } from "@/db/queries/user-sessions";
import { deviceLabel } from "@/lib/auth/device-label";
import { currentSessionId } from "@/lib/auth/session";
import { formatIstanbulDateTime } from "@/lib/dates";
import { SessionList } from "./session-list";

/** The signed-in user's open sessions (this one marked) and `Tüm oturumları kapat`: portal and admin alike. */
export async function SessionsSection({ userId }: { userId: string }) {
  const [sessions, current] = await Promise.all([listOpenSessions({ userId }), currentSessionId()]);
  return (
    <div className="flex flex-col gap-4">
      <SessionList
        sessions={sessions.map((session) => ({
          id: session.id,
          device: deviceLabel(session.userAgent),
          lastSeen: formatIstanbulDateTime(session.lastSeenAt),
          ip: session.ip ?? "–",
          current: session.id === current,
        }))}
      />
      <div className="flex flex-col items-start gap-2">
        <p className="text-sm text-stone-600">Bu hesapla açık olan tüm cihazlardaki oturumları kapatır.</p>
        <SignOutEverywhereButton />
      </div>
    </div>
  );
}
