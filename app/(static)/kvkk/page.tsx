import type { Metadata } from "next";
import { LegalDocument } from "@/components/legal/legal-document";
import { KVKK_NOTICE } from "@/lib/legal";

export const metadata: Metadata = { title: KVKK_NOTICE.title };

export default function KvkkPage() {
  return <LegalDocument text={KVKK_NOTICE} />;
}
