import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { query } from "@/db";
import { findUsableInvitation } from "@/db/queries/invitations";
import { findUserByEmail } from "@/db/queries/users";
import { AcceptInvitationForm } from "./accept-invitation-form";

// The token is in the address: never pass it on to another site.
export const metadata: Metadata = { title: "Davet", referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await query(findUsableInvitation, { token });
  // Only the invitation's holder reads this; the inviter was told nothing either way.
  const taken = invitation ? (await query(findUserByEmail, { email: invitation.email })) !== null : false;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Daveti kabul edin</h1>
      {invitation && taken ? (
        <div className="flex flex-col gap-3">
          <p className="text-stone-700">
            {`${invitation.email} adresiyle zaten bir hesabınız var. Bir hesap yalnızca bir firmaya bağlı olabilir; ${invitation.companyName} sizi başka bir e-posta adresiyle davet edebilir.`}
          </p>
          <Link href="/giris" className="text-brand-700 underline">
            Giriş sayfasına git
          </Link>
        </div>
      ) : invitation ? (
        <>
          <p className="text-stone-700">
            {`${invitation.companyName} sizi Çardak Paketleme müşteri paneline davet etti. Adınızı ve şifrenizi belirleyerek hesabınızı oluşturun.`}
          </p>
          <AcceptInvitationForm token={token} email={invitation.email} />
        </>
      ) : (
        <div className="flex flex-col gap-3">
          <p className="text-stone-700">
            Bu davet bağlantısı geçersiz, kullanılmış ya da süresi dolmuş. Sizi davet eden kişiden yeni bir davet
            isteyin.
          </p>
          <Link href="/giris" className="text-brand-700 underline">
            Giriş sayfasına git
          </Link>
        </div>
      )}
    </div>
  );
}
