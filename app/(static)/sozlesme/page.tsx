import type { Metadata } from "next";
import { LegalDocument } from "@/components/legal/legal-document";
import { SERVICE_AGREEMENT } from "@/lib/legal";

export const metadata: Metadata = { title: SERVICE_AGREEMENT.title };

export default function AgreementPage() {
  return <LegalDocument text={SERVICE_AGREEMENT} />;
}
