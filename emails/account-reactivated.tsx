import { Button, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle, EmailLayout, textStyle } from "./components/email-layout";

export const accountReactivatedSchema = z.object({
  name: z.string(),
  companyName: z.string(),
  panelUrl: z.url(),
  /**
   * Who reopened the account: the billing rules once the overdue invoices were paid (`payment`, the
   * default, which rows written before this field was added read as), or operations' `Yeniden
   * etkinleştir` (`operations`), which may reopen it with invoices still unpaid.
   */
  by: z.enum(["payment", "operations"]).default("payment"),
  /**
   * The overdue invoices still unpaid when operations reopened the account (never when the payment
   * did): how many, their total as shown, and where to pay them.
   */
  overdue: z
    .object({ count: z.number().int().positive(), total: z.string(), invoicesUrl: z.url(), iban: z.string() })
    .optional(),
});

export type AccountReactivatedEmailProps = z.infer<typeof accountReactivatedSchema>;

export const accountReactivatedSubject = ({ companyName }: AccountReactivatedEmailProps) =>
  `${companyName} hesabınız yeniden etkin`;

/** What the e-mail says happened, by who reopened the account. */
const BECAUSE = {
  payment: (companyName: string) => ({
    preview: `Ödemeniz alındı; ${companyName} hesabı yeniden etkin`,
    text: `Vadesi geçen faturalarınız ödendi ve ${companyName} hesabı yeniden etkinleştirildi.`,
  }),
  operations: (companyName: string) => ({
    preview: `${companyName} hesabı yeniden etkin`,
    text: `${companyName} hesabınız Çardak Paketleme operasyon ekibi tarafından yeniden etkinleştirildi.`,
  }),
} as const;

export default function AccountReactivatedEmail({
  name,
  companyName,
  panelUrl,
  by,
  overdue,
}: AccountReactivatedEmailProps) {
  const because = BECAUSE[by](companyName);
  return (
    <EmailLayout preview={because.preview}>
      <Text style={textStyle}>{`Merhaba ${name},`}</Text>
      <Text style={textStyle}>{`${because.text} Yeni siparişlerinizi her zamanki gibi oluşturabilirsiniz.`}</Text>
      {overdue ? (
        <>
          <Text style={textStyle}>
            {`Vadesi geçmiş ${overdue.count} faturanız (toplam ${overdue.total}) henüz ödenmedi. Faturalarım sayfasından kartla ödeyebilir ya da havale/EFT yapabilirsiniz (IBAN: ${overdue.iban}, açıklama: fatura numarası).`}
          </Text>
          <Button href={overdue.invoicesUrl} style={buttonStyle}>
            Faturalarımı gör
          </Button>
        </>
      ) : (
        <Button href={panelUrl} style={buttonStyle}>
          Panele git
        </Button>
      )}
    </EmailLayout>
  );
}

AccountReactivatedEmail.PreviewProps = {
  name: "Ayşe Yılmaz",
  companyName: "Anadolu Kozmetik Ltd. Şti.",
  panelUrl: "http://localhost:3000/panel",
  by: "payment",
} satisfies AccountReactivatedEmailProps;
