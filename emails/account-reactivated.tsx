import { Button, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle, EmailLayout, textStyle } from "./components/email-layout";

export const accountReactivatedSchema = z.object({
  name: z.string(),
  companyName: z.string(),
  panelUrl: z.url(),
});

export type AccountReactivatedEmailProps = z.infer<typeof accountReactivatedSchema>;

export const accountReactivatedSubject = ({ companyName }: AccountReactivatedEmailProps) =>
  `${companyName} hesabınız yeniden etkin`;

export default function AccountReactivatedEmail({ name, companyName, panelUrl }: AccountReactivatedEmailProps) {
  return (
    <EmailLayout preview={`Ödemeniz alındı; ${companyName} hesabı yeniden etkin`}>
      <Text style={textStyle}>{`Merhaba ${name},`}</Text>
      <Text style={textStyle}>
        {`Vadesi geçen faturalarınız ödendi ve ${companyName} hesabı yeniden etkinleştirildi. Yeni siparişlerinizi her zamanki gibi oluşturabilirsiniz.`}
      </Text>
      <Button href={panelUrl} style={buttonStyle}>
        Panele git
      </Button>
    </EmailLayout>
  );
}

AccountReactivatedEmail.PreviewProps = {
  name: "Ayşe Yılmaz",
  companyName: "Anadolu Kozmetik Ltd. Şti.",
  panelUrl: "http://localhost:3000/panel",
} satisfies AccountReactivatedEmailProps;
