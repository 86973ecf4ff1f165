import { Button, Link, Text } from "@react-email/components";
import { z } from "zod";
import { formatKurus } from "@/lib/money";
import { buttonStyle, EmailLayout, textStyle } from "./components/email-layout";

export const offerSchema = z.object({
  contactName: z.string(),
  companyName: z.string(),
  referenceNumber: z.string(),
  unitPrice: z.number().int().positive(),
  monthlyEstimate: z.number().int().nonnegative(),
  /** Already formatted for Istanbul: 15.01.2026. */
  validUntil: z.string(),
  note: z.string().nullable(),
  offerUrl: z.url(),
});

export type OfferEmailProps = z.infer<typeof offerSchema>;

export const offerSubject = (data: OfferEmailProps) => `Çardak Paketleme teklifiniz (${data.referenceNumber})`;

export default function OfferEmail(props: OfferEmailProps) {
  return (
    <EmailLayout preview={`Paket başı ${formatKurus(props.unitPrice)}: teklifiniz hazır`}>
      <Text style={textStyle}>{`Merhaba ${props.contactName},`}</Text>
      <Text style={textStyle}>
        {`${props.companyName} için teklifimiz hazır: paket başı ${formatKurus(props.unitPrice)} (KDV hariç), aylık tahmini tutar ${formatKurus(props.monthlyEstimate)}.`}
      </Text>
      {props.note && <Text style={textStyle}>{`Notumuz: ${props.note}`}</Text>}
      <Text style={textStyle}>{`Teklif ${props.validUntil} tarihine kadar geçerlidir.`}</Text>
      <Button href={props.offerUrl} style={buttonStyle}>
        Teklifi görüntüle
      </Button>
      <Text style={textStyle}>
        Düğme çalışmazsa bu adresi tarayıcınıza yapıştırın: <Link href={props.offerUrl}>{props.offerUrl}</Link>
      </Text>
    </EmailLayout>
  );
}

OfferEmail.PreviewProps = {
  contactName: "Ayşe Yılmaz",
  companyName: "Örnek Tekstil Ltd. Şti.",
  referenceNumber: "TKF-2026-000001",
  unitPrice: 3250,
  monthlyEstimate: 1218750,
  validUntil: "15.01.2026",
  note: "İlk üç ay için özel fiyat.",
  offerUrl: "http://localhost:3000/teklif/ornek-baglanti",
} satisfies OfferEmailProps;
