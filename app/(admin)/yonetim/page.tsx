import type { Metadata } from "next";
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Yönetim" };

export default async function AdminHomePage() {
  const user = await requireAdmin();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Yönetim paneli</h1>
      <p className="text-stone-700">Hoş geldiniz, {user.name}.</p>
      <p className="text-sm text-stone-600">
        Şifrenizi ve açık oturumlarınızı{" "}
        <Link href="/yonetim/hesap" className="text-brand-700 underline">
          Hesabım
        </Link>{" "}
        sayfasından yönetebilirsiniz.
      </p>
    </div>
  );
}
