import type { Metadata } from "next";
import { SignOutEverywhereButton } from "@/components/auth/sign-out-buttons";
import { MyQuotes } from "@/components/portal/my-quotes";
import { requireCustomer } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Panel" };

export default async function PortalHomePage() {
  const user = await requireCustomer();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Müşteri paneli</h1>
      <p className="text-stone-700">Hoş geldiniz, {user.name}.</p>
      <MyQuotes customerId={user.customerId} />
      <SignOutEverywhereButton />
    </div>
  );
}
