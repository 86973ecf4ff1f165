import type { Metadata } from "next";
import Link from "next/link";
import { EMAIL_PAGE_SIZE, listEmails } from "@/db/queries/emails";
import { isTemplateName, templateLabels } from "@/emails";
import { requireAdmin } from "@/lib/auth/session";
import { formatIstanbulDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "E-postalar" };

const emailStatusLabels = { queued: "Kuyrukta", sent: "Gönderildi", failed: "Başarısız", stored: "Saklandı" } as const;

export default async function EmailsPage({ searchParams }: { searchParams: Promise<{ sayfa?: string }> }) {
  await requireAdmin();
  const page = Math.max(1, Number.parseInt((await searchParams).sayfa ?? "1", 10) || 1);
  const { rows, total } = await listEmails({ page });
  const pages = Math.max(1, Math.ceil(total / EMAIL_PAGE_SIZE));
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">E-postalar</h1>
      <p className="text-sm text-stone-600">
        Resend anahtarı tanımlı değilken e-postalar gönderilmez, burada saklanır ve okunabilir.
      </p>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Gönderilen ve saklanan e-postalar</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-4 py-2">
                Tarih
              </th>
              <th scope="col" className="px-4 py-2">
                Alıcı
              </th>
              <th scope="col" className="px-4 py-2">
                Şablon
              </th>
              <th scope="col" className="px-4 py-2">
                Konu
              </th>
              <th scope="col" className="px-4 py-2">
                Durum
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((email) => (
              <tr key={email.id} className="border-t border-stone-200">
                <td className="px-4 py-2 whitespace-nowrap">{formatIstanbulDateTime(email.createdAt)}</td>
                <td className="px-4 py-2">{email.recipient}</td>
                <td className="px-4 py-2">
                  {isTemplateName(email.template) ? templateLabels[email.template] : email.template}
                </td>
                <td className="px-4 py-2">
                  <Link href={`/yonetim/e-postalar/${email.id}`} className="text-brand-700 underline">
                    {email.subject ?? "(konu yok)"}
                  </Link>
                </td>
                <td className="px-4 py-2">{emailStatusLabels[email.status]}</td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={5} className="px-4 py-6 text-center text-stone-500">
                  Henüz e-posta yok.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label="Sayfalar" className="flex gap-2 text-sm">
          {Array.from({ length: pages }, (_, index) => index + 1).map((number) => (
            <Link
              key={number}
              href={`/yonetim/e-postalar?sayfa=${number}`}
              aria-current={number === page ? "page" : undefined}
              className="rounded border border-stone-300 px-3 py-1 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {number}
            </Link>
          ))}
        </nav>
      )}
    </div>
  );
}
