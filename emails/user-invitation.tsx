import { Button, Link, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle, EmailLayout, textStyle } from "./components/email-layout";

export const userInvitationSchema = z.object({
  companyName: z.string(),
  inviterName: z.string(),
  invitationUrl: z.url(),
  expiresInDays: z.number().int().positive(),
});

export type UserInvitationEmailProps = z.infer<typeof userInvitationSchema>;

export const userInvitationSubject = ({ companyName }: UserInvitationEmailProps) =>
  `${companyName} sizi Çardak Paketleme paneline davet ediyor`;

export default function UserInvitationEmail({
  companyName,
  inviterName,
  invitationUrl,
  expiresInDays,
}: UserInvitationEmailProps) {
  return (
    <EmailLayout preview={`${companyName} müşteri paneline davetiniz`}>
      <Text style={textStyle}>Merhaba,</Text>
      <Text style={textStyle}>
        {`${inviterName}, sizi ${companyName} firmasının Çardak Paketleme müşteri paneline kullanıcı olarak davet etti. Hesabınızı oluşturmak için aşağıdaki düğmeye tıklayın. Bağlantı ${expiresInDays} gün geçerlidir ve yalnızca bir kez kullanılabilir.`}
      </Text>
      <Button href={invitationUrl} style={buttonStyle}>
        Daveti kabul et
      </Button>
      <Text style={textStyle}>
        Düğme çalışmazsa bu adresi tarayıcınıza yapıştırın: <Link href={invitationUrl}>{invitationUrl}</Link>
      </Text>
      <Text style={textStyle}>Bu daveti beklemiyorsanız bu e-postayı yok sayabilirsiniz.</Text>
    </EmailLayout>
  );
}

UserInvitationEmail.PreviewProps = {
  companyName: "Örnek Ticaret A.Ş.",
  inviterName: "Ayşe Yılmaz",
  invitationUrl: "http://localhost:3000/davet/ornek-baglanti",
  expiresInDays: 7,
} satisfies UserInvitationEmailProps;
