import { Button, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle, EmailLayout, textStyle } from "./components/email-layout";

export const invoiceReminderSchema = z.object({
  name: z.string(),
  invoiceNumber: z.string(),
  total: z.string(),
  dueAt: z.string(),
  invoiceUrl: z.url(),
  /** For a bank transfer instead of a card. */
  iban: z.string(),
});

export type InvoiceReminderEmailProps = z.infer<typeof invoiceReminderSchema>;

export const invoiceReminderSubject = ({ invoiceNumber }: InvoiceReminderEmailProps) =>
  `Hatırlatma: ${invoiceNumber} numaralı faturanızın son ödeme zamanı yaklaşıyor`;

export default function InvoiceReminderEmail(props: InvoiceReminderEmailProps) {
  const { name, invoiceNumber, total, dueAt, invoiceUrl, iban } = props;
  return (
    <EmailLayout preview={`${invoiceNumber}: ${total}, son ödeme ${dueAt}`}>
      <Text style={textStyle}>{`Merhaba ${name},`}</Text>
      <Text style={textStyle}>
        {`${invoiceNumber} numaralı faturanız (${total}) henüz ödenmedi. Son ödeme zamanı ${dueAt}.`}
      </Text>
      <Button href={invoiceUrl} style={buttonStyle}>
        Faturayı öde
      </Button>
      <Text style={textStyle}>
        {`Havale/EFT ile ödemek isterseniz IBAN: ${iban}. Açıklamaya fatura numarasını (${invoiceNumber}) yazmayı unutmayın.`}
      </Text>
      <Text style={textStyle}>Ödemeyi yaptıysanız bu e-postayı dikkate almayın.</Text>
    </EmailLayout>
  );
}

InvoiceReminderEmail.PreviewProps = {
  name: "Ayşe Yılmaz",
  invoiceNumber: "CRD2026000000001",
  total: "₺5.760,00",
  dueAt: "16.02.2026 09:00",
  invoiceUrl: "http://localhost:3000/panel/faturalar/ornek",
  iban: "TR33 0006 1005 1978 6457 8413 26",
} satisfies InvoiceReminderEmailProps;
