import { Button, Text } from "@react-email/components";
import { z } from "zod";
import { formatKurus } from "@/lib/money";
import { formatTurkishPhone } from "@/lib/phone";
import { VOLUME_RANGES } from "@/lib/pricing";
import { buttonStyle, EmailLayout, textStyle } from "./components/email-layout";

export const newQuoteSchema = z.object({
  referenceNumber: z.string(),
  companyName: z.string(),
  contactName: z.string(),
  email: z.string(),
  phone: z.string(),
  monthlyVolume: z.enum(VOLUME_RANGES),
  productTypes: z.array(z.string()),
  unitPrice: z.number().int().nonnegative(),
  needsReview: z.boolean(),
  adminUrl: z.url(),
});

export type NewQuoteEmailProps = z.infer<typeof newQuoteSchema>;

export const newQuoteSubject = (data: NewQuoteEmailProps) =>
  `Yeni teklif talebi: ${data.companyName} (${data.referenceNumber})`;

export default function NewQuoteEmail(props: NewQuoteEmailProps) {
  return (
    <EmailLayout preview={`Yeni teklif talebi: ${props.companyName}`}>
      <Text style={textStyle}>{`Yeni bir teklif talebi geldi: ${props.referenceNumber}.`}</Text>
      <Text style={textStyle}>
        {`Firma: ${props.companyName}`}
        <br />
        {`Yetkili: ${props.contactName}`}
        <br />
        {`E-posta: ${props.email}`}
        <br />
        {`Telefon: ${formatTurkishPhone(props.phone)}`}
        <br />
        {`Aylık sipariş adedi: ${props.monthlyVolume}`}
        <br />
        {`Ürün türleri: ${props.productTypes.join(", ")}`}
        <br />
        {`Hesaplanan birim fiyat: ${formatKurus(props.unitPrice)}`}
      </Text>
      {props.needsReview && (
        <Text style={textStyle}>Kırılgan ürün ya da özel ambalaj istendi: teklif göndermeden önce inceleyin.</Text>
      )}
      <Button href={props.adminUrl} style={buttonStyle}>
        Talebi aç
      </Button>
    </EmailLayout>
  );
}

NewQuoteEmail.PreviewProps = {
  referenceNumber: "TKF-2026-000001",
  companyName: "Örnek Tekstil Ltd. Şti.",
  contactName: "Ayşe Yılmaz",
  email: "ayse@ornektekstil.com.tr",
  phone: "+905321234567",
  monthlyVolume: "251-500",
  productTypes: ["Giyim", "Kozmetik"],
  unitPrice: 3500,
  needsReview: true,
  adminUrl: "http://localhost:3000/yonetim/teklifler/00000000-0000-0000-0000-000000000000",
} satisfies NewQuoteEmailProps;
