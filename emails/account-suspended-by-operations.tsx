import { Button, Link, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle, EmailLayout, textStyle } from "./components/email-layout";

/**
 * `Askıya al` by operations. Says what the portal's banner says for such a suspension, and no more:
 * the operator's reason (`Gerekçe`) is an internal note the banner does not show either, and the way
 * out is operations' contact, not paying (paying alone does not end this suspension).
 */
export const accountSuspendedByOperationsSchema = z.object({
  name: z.string(),
  companyName: z.string(),
  panelUrl: z.url(),
  /** Operations' contact as configured when the e-mail was queued (COMPANY_EMAIL, COMPANY_PHONE). */
  contactEmail: z.email(),
  contactPhone: z.string(),
});

export type AccountSuspendedByOperationsEmailProps = z.infer<typeof accountSuspendedByOperationsSchema>;

export const accountSuspendedByOperationsSubject = ({ companyName }: AccountSuspendedByOperationsEmailProps) =>
  `${companyName} hesabınız askıya alındı`;

export default function AccountSuspendedByOperationsEmail(props: AccountSuspendedByOperationsEmailProps) {
  const { name, companyName, panelUrl, contactEmail, contactPhone } = props;
  return (
    <EmailLayout preview={`${companyName} hesabı Çardak Paketleme tarafından askıya alındı`}>
      <Text style={textStyle}>{`Merhaba ${name},`}</Text>
      <Text style={textStyle}>
        {`${companyName} hesabınız Çardak Paketleme operasyon ekibi tarafından askıya alındı. Askıdayken yeni sipariş oluşturamazsınız.`}
      </Text>
      <Text style={textStyle}>
        Panelinize giriş yapmaya devam edebilir, faturalarınızı görüntüleyip ödeyebilirsiniz.
      </Text>
      <Button href={panelUrl} style={buttonStyle}>
        Panele git
      </Button>
      <Text style={textStyle}>
        Hesabınızın yeniden açılması için lütfen operasyon ekibimizle iletişime geçin:{" "}
        <Link href={`mailto:${contactEmail}`}>{contactEmail}</Link>
        {contactPhone && (
          <>
            {" · "}
            <Link href={`tel:${contactPhone.replace(/\s/g, "")}`}>{contactPhone}</Link>
          </>
        )}
      </Text>
    </EmailLayout>
  );
}

AccountSuspendedByOperationsEmail.PreviewProps = {
  name: "Ayşe Yılmaz",
  companyName: "Anadolu Kozmetik Ltd. Şti.",
  panelUrl: "http://localhost:3000/panel",
  contactEmail: "destek@cardakpaketleme.com.tr",
  contactPhone: "+90 212 555 01 00",
} satisfies AccountSuspendedByOperationsEmailProps;
