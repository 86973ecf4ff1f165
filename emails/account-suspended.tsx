import { Button, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle, EmailLayout, textStyle } from "./components/email-layout";

export const accountSuspendedSchema = z.object({
  name: z.string(),
  companyName: z.string(),
  /** The unpaid invoices that led to the suspension. */
  invoiceNumbers: z.array(z.string()).min(1),
  /** Their total, formatted. */
  total: z.string(),
  invoicesUrl: z.url(),
});

export type AccountSuspendedEmailProps = z.infer<typeof accountSuspendedSchema>;

export const accountSuspendedSubject = ({ companyName }: AccountSuspendedEmailProps) =>
  `${companyName} hesabınız ödenmemiş fatura nedeniyle askıya alındı`;

export default function AccountSuspendedEmail(props: AccountSuspendedEmailProps) {
  const { name, companyName, invoiceNumbers, total, invoicesUrl } = props;
  return (
    <EmailLayout preview={`${companyName} hesabı askıya alındı: ${total} ödenmemiş`}>
      <Text style={textStyle}>{`Merhaba ${name},`}</Text>
      <Text style={textStyle}>
        {`Vadesi geçen ${invoiceNumbers.join(", ")} numaralı ${invoiceNumbers.length > 1 ? "faturalarınız" : "faturanız"} (${total}) ödenmediği için ${companyName} hesabı askıya alındı. Askıdayken yeni sipariş oluşturamazsınız.`}
      </Text>
      <Text style={textStyle}>
        Panelinize giriş yapıp ödemeyi yapabilirsiniz; vadesi geçen bütün faturalar ödendiğinde hesabınız kendiliğinden
        yeniden açılır.
      </Text>
      <Button href={invoicesUrl} style={buttonStyle}>
        Faturalarımı görüntüle
      </Button>
    </EmailLayout>
  );
}

AccountSuspendedEmail.PreviewProps = {
  name: "Ayşe Yılmaz",
  companyName: "Anadolu Kozmetik Ltd. Şti.",
  invoiceNumbers: ["CRD2026000000001"],
  total: "₺5.760,00",
  invoicesUrl: "http://localhost:3000/panel/faturalar",
} satisfies AccountSuspendedEmailProps;
