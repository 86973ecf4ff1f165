import { Button, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle, EmailLayout, textStyle } from "./components/email-layout";

export const invoiceOverdueSchema = z.object({
  name: z.string(),
  companyName: z.string(),
  invoiceNumber: z.string(),
  total: z.string(),
  dueAt: z.string(),
  /** When the account is suspended if the invoice is still unpaid. */
  suspensionAt: z.string(),
  invoiceUrl: z.url(),
  iban: z.string(),
});

export type InvoiceOverdueEmailProps = z.infer<typeof invoiceOverdueSchema>;

export const invoiceOverdueSubject = ({ invoiceNumber }: InvoiceOverdueEmailProps) =>
  `Son uyarı: ${invoiceNumber} numaralı faturanızın vadesi geçti`;

export default function InvoiceOverdueEmail(props: InvoiceOverdueEmailProps) {
  const { name, companyName, invoiceNumber, total, dueAt, suspensionAt, invoiceUrl, iban } = props;
  return (
    <EmailLayout preview={`${invoiceNumber}: vadesi ${dueAt} tarihinde geçti`}>
      <Text style={textStyle}>{`Merhaba ${name},`}</Text>
      <Text style={textStyle}>
        {`${invoiceNumber} numaralı faturanızın (${total}) son ödeme zamanı ${dueAt} idi ve fatura henüz ödenmedi.`}
      </Text>
      <Text style={textStyle}>
        {`${suspensionAt} tarihine kadar ödenmezse ${companyName} hesabı askıya alınacak ve yeni sipariş oluşturulamayacak.`}
      </Text>
      <Button href={invoiceUrl} style={buttonStyle}>
        Faturayı şimdi öde
      </Button>
      <Text style={textStyle}>
        {`Havale/EFT için IBAN: ${iban} (açıklama: ${invoiceNumber}). Ödemeyi yaptıysanız bu e-postayı dikkate almayın.`}
      </Text>
    </EmailLayout>
  );
}

InvoiceOverdueEmail.PreviewProps = {
  name: "Ayşe Yılmaz",
  companyName: "Anadolu Kozmetik Ltd. Şti.",
  invoiceNumber: "CRD2026000000001",
  total: "₺5.760,00",
  dueAt: "16.02.2026 09:00",
  suspensionAt: "17.02.2026 09:00",
  invoiceUrl: "http://localhost:3000/panel/faturalar/ornek",
  iban: "TR33 0006 1005 1978 6457 8413 26",
} satisfies InvoiceOverdueEmailProps;
