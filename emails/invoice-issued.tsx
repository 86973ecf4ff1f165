import { Button, Link, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle, EmailLayout, textStyle } from "./components/email-layout";

export const invoiceIssuedSchema = z.object({
  name: z.string(),
  companyName: z.string(),
  invoiceNumber: z.string(),
  /** "15.01.2026 – 15.02.2026" */
  periodLabel: z.string(),
  /** "₺5.760,00" */
  total: z.string(),
  /** "16.02.2026 09:00" */
  dueAt: z.string(),
  invoiceUrl: z.url(),
  pdfUrl: z.url(),
});

export type InvoiceIssuedEmailProps = z.infer<typeof invoiceIssuedSchema>;

export const invoiceIssuedSubject = ({ invoiceNumber, total }: InvoiceIssuedEmailProps) =>
  `Faturanız kesildi: ${invoiceNumber} (${total})`;

export default function InvoiceIssuedEmail(props: InvoiceIssuedEmailProps) {
  const { name, companyName, invoiceNumber, periodLabel, total, dueAt, invoiceUrl, pdfUrl } = props;
  return (
    <EmailLayout preview={`${invoiceNumber} numaralı faturanız: ${total}, son ödeme ${dueAt}`}>
      <Text style={textStyle}>{`Merhaba ${name},`}</Text>
      <Text style={textStyle}>
        {`${companyName} için ${periodLabel} dönemi faturanız kesildi. Fatura numarası ${invoiceNumber}, KDV dahil tutar ${total}.`}
      </Text>
      <Text style={textStyle}>
        {`Son ödeme zamanı ${dueAt}. Bu zamana kadar ödenmeyen faturalar için hesabınız askıya alınabilir.`}
      </Text>
      <Button href={invoiceUrl} style={buttonStyle}>
        Faturayı görüntüle ve öde
      </Button>
      <Text style={textStyle}>
        Faturanın PDF kopyası: <Link href={pdfUrl}>{`${invoiceNumber}.pdf`}</Link>
      </Text>
    </EmailLayout>
  );
}

InvoiceIssuedEmail.PreviewProps = {
  name: "Ayşe Yılmaz",
  companyName: "Anadolu Kozmetik Ltd. Şti.",
  invoiceNumber: "CRD2026000000001",
  periodLabel: "15.01.2026 – 15.02.2026",
  total: "₺5.760,00",
  dueAt: "16.02.2026 09:00",
  invoiceUrl: "http://localhost:3000/panel/faturalar/ornek",
  pdfUrl: "http://localhost:3000/panel/faturalar/ornek/pdf",
} satisfies InvoiceIssuedEmailProps;
