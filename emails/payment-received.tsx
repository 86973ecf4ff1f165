import { Button, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle, EmailLayout, textStyle } from "./components/email-layout";

export const paymentReceivedSchema = z.object({
  name: z.string(),
  companyName: z.string(),
  invoiceNumber: z.string(),
  /** "₺5.760,00" */
  amount: z.string(),
  /** "MASTER_CARD **** 0008"; absent for a bank transfer. */
  card: z.string().optional(),
  /** "16.02.2026 09:12" */
  paidAt: z.string(),
  invoiceUrl: z.url(),
});

export type PaymentReceivedEmailProps = z.infer<typeof paymentReceivedSchema>;

export const paymentReceivedSubject = ({ invoiceNumber }: PaymentReceivedEmailProps) =>
  `Ödemeniz alındı: ${invoiceNumber}`;

export default function PaymentReceivedEmail(props: PaymentReceivedEmailProps) {
  const { name, companyName, invoiceNumber, amount, card, paidAt, invoiceUrl } = props;
  const method = card ? ` (${card} numaralı kartınızdan)` : "";
  return (
    <EmailLayout preview={`${invoiceNumber} numaralı faturanın ${amount} tutarındaki ödemesi alındı`}>
      <Text style={textStyle}>{`Merhaba ${name},`}</Text>
      <Text style={textStyle}>
        {`${companyName} adına ${invoiceNumber} numaralı fatura için ${amount} tutarındaki ödemeniz ${paidAt} itibarıyla alındı${method}. Teşekkür ederiz.`}
      </Text>
      <Button href={invoiceUrl} style={buttonStyle}>
        Faturayı görüntüle
      </Button>
    </EmailLayout>
  );
}

PaymentReceivedEmail.PreviewProps = {
  name: "Ayşe Yılmaz",
  companyName: "Anadolu Kozmetik Ltd. Şti.",
  invoiceNumber: "CRD2026000000001",
  amount: "₺5.760,00",
  card: "MASTER_CARD **** 0008",
  paidAt: "16.02.2026 09:12",
  invoiceUrl: "http://localhost:3000/panel/faturalar/ornek",
} satisfies PaymentReceivedEmailProps;
