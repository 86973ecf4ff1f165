import { Button, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle, EmailLayout, textStyle } from "./components/email-layout";

export const paymentRefundedSchema = z.object({
  name: z.string(),
  companyName: z.string(),
  invoiceNumber: z.string(),
  /** The refunded amount, "₺1.000,00". */
  amount: z.string(),
  reason: z.string(),
  /** Whether the whole payment was returned. */
  full: z.boolean(),
  invoiceUrl: z.url(),
});

export type PaymentRefundedEmailProps = z.infer<typeof paymentRefundedSchema>;

export const paymentRefundedSubject = ({ invoiceNumber, amount }: PaymentRefundedEmailProps) =>
  `İade yapıldı: ${invoiceNumber} (${amount})`;

export default function PaymentRefundedEmail(props: PaymentRefundedEmailProps) {
  const { name, companyName, invoiceNumber, amount, reason, full, invoiceUrl } = props;
  const what = full ? "ödemenizin tamamı" : `ödemenizin ${amount} tutarındaki kısmı`;
  return (
    <EmailLayout preview={`${invoiceNumber} numaralı faturanın ödemesinden ${amount} iade edildi`}>
      <Text style={textStyle}>{`Merhaba ${name},`}</Text>
      <Text style={textStyle}>
        {`${companyName} adına ${invoiceNumber} numaralı fatura için yaptığınız kartlı ödemenin ${what} (${amount}) kartınıza iade edildi. İadenin kart ekstrenize yansıması bankanıza göre birkaç gün sürebilir.`}
      </Text>
      <Text style={textStyle}>{`İade nedeni: ${reason}`}</Text>
      <Button href={invoiceUrl} style={buttonStyle}>
        Faturayı görüntüle
      </Button>
    </EmailLayout>
  );
}

PaymentRefundedEmail.PreviewProps = {
  name: "Ayşe Yılmaz",
  companyName: "Anadolu Kozmetik Ltd. Şti.",
  invoiceNumber: "CRD2026000000001",
  amount: "₺1.000,00",
  reason: "Fazla faturalanan paketler",
  full: false,
  invoiceUrl: "http://localhost:3000/panel/faturalar/ornek",
} satisfies PaymentRefundedEmailProps;
