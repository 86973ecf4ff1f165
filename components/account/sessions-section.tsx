import { SignOutEverywhereButton } from "@/components/auth/sign-out-buttons";
import { deviceLabel } from "@/lib/auth/device-label";
import { formatIstanbulDateTime } from "@/lib/dates";
import { SessionList } from "./session-list";

type OpenSession = { id: string; userAgent: string | null; lastSeenAt: Date; ip: string | null };

/** The signed-in user's open sessions (this one marked) and `Tüm oturumları kapat`: portal and admin alike. */
export function SessionsSection({ sessions, currentId }: { sessions: OpenSession[]; currentId: string | null }) {
  return (
    <div className="flex flex-col gap-4">
      <SessionList
        sessions={sessions.map((session) => ({
          id: session.id,
          device: deviceLabel(session.userAgent),
          lastSeen: formatIstanbulDateTime(session.lastSeenAt),
          ip: session.ip ?? "–",
          current: session.id === currentId,
        }))}
      />
      <div className="flex flex-col items-start gap-2">
        <p className="text-sm text-stone-600">Bu hesapla açık olan tüm cihazlardaki oturumları kapatır.</p>
        <SignOutEverywhereButton />
      </div>
    </div>
  );
}
