import { Text } from "@react-email/components";
import { z } from "zod";
import { formatKurus } from "@/lib/money";
import { VOLUME_RANGES } from "@/lib/pricing";
import { EmailLayout, textStyle } from "./components/email-layout";

export const quoteReceivedSchema = z.object({
  contactName: z.string(),
  companyName: z.string(),
  referenceNumber: z.string(),
  monthlyVolume: z.enum(VOLUME_RANGES),
  unitPrice: z.number().int().nonnegative(),
  monthlyEstimate: z.number().int().nonnegative(),
});

export type QuoteReceivedEmailProps = z.infer<typeof quoteReceivedSchema>;

export const quoteReceivedSubject = (data: QuoteReceivedEmailProps) =>
  `Teklif talebiniz alındı (${data.referenceNumber})`;

export default function QuoteReceivedEmail(props: QuoteReceivedEmailProps) {
  return (
    <EmailLayout preview={`Teklif talebiniz alındı: ${props.referenceNumber}`}>
      <Text style={textStyle}>{`Merhaba ${props.contactName},`}</Text>
      <Text style={textStyle}>
        {`${props.companyName} için teklif talebinizi aldık. Referans numaranız: ${props.referenceNumber}.`}
      </Text>
      <Text style={textStyle}>
        {`Aylık ${props.monthlyVolume} paket için paket başı liste fiyatı ${formatKurus(props.unitPrice)}, aylık tahmini tutar ${formatKurus(props.monthlyEstimate)} (KDV hariç).`}
      </Text>
      <Text style={textStyle}>
        Operasyon ekibimiz talebinizi inceleyip size özel teklifimizi e-posta ile gönderecek.
      </Text>
    </EmailLayout>
  );
}

QuoteReceivedEmail.PreviewProps = {
  contactName: "Ayşe Yılmaz",
  companyName: "Örnek Tekstil Ltd. Şti.",
  referenceNumber: "TKF-2026-000001",
  monthlyVolume: "251-500",
  unitPrice: 3500,
  monthlyEstimate: 1312500,
} satisfies QuoteReceivedEmailProps;
