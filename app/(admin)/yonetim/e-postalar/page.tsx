import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { query } from "@/db";
import { listEmails } from "@/db/queries/emails";
import { isTemplateName, templateLabels } from "@/emails";
import { requireAdmin } from "@/lib/auth/session";
import { formatIstanbulDateTime } from "@/lib/dates";
import { listParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "E-postalar" };

const emailStatusLabels = { queued: "Kuyrukta", sent: "Gönderildi", failed: "Başarısız", stored: "Saklandı" } as const;

const PATH = "/yonetim/e-postalar";
/** The log has no filters yet: only its page travels in the URL. */
const emailList = listParams({ filters: {} });

export default async function EmailsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdmin();
  const list = emailList.parse(await searchParams);
  const { rows, pageCount } = await query(listEmails, { page: list.page });
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
                  <Link href={`${PATH}/${email.id}`} className="text-brand-700 underline">
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
      <Pagination page={list.page} pageCount={pageCount} href={(page) => emailList.href(PATH, { page })} />
    </div>
  );
}
