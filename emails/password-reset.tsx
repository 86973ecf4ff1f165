import { Button, Link, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle, EmailLayout, textStyle } from "./components/email-layout";

export const passwordResetSchema = z.object({
  name: z.string(),
  resetUrl: z.url(),
  expiresInMinutes: z.number().int().positive(),
});

export type PasswordResetEmailProps = z.infer<typeof passwordResetSchema>;

export const passwordResetSubject = () => "Şifre sıfırlama bağlantınız";

export default function PasswordResetEmail({ name, resetUrl, expiresInMinutes }: PasswordResetEmailProps) {
  return (
    <EmailLayout preview="Şifrenizi sıfırlamak için bağlantınız">
      <Text style={textStyle}>{`Merhaba ${name},`}</Text>
      <Text style={textStyle}>
        {`Hesabınız için bir şifre sıfırlama isteği aldık. Yeni şifrenizi belirlemek için aşağıdaki düğmeye tıklayın. Bağlantı ${expiresInMinutes} dakika geçerlidir ve yalnızca bir kez kullanılabilir.`}
      </Text>
      <Button href={resetUrl} style={buttonStyle}>
        Şifremi sıfırla
      </Button>
      <Text style={textStyle}>
        Düğme çalışmazsa bu adresi tarayıcınıza yapıştırın: <Link href={resetUrl}>{resetUrl}</Link>
      </Text>
      <Text style={textStyle}>Bu isteği siz yapmadıysanız bu e-postayı yok sayabilirsiniz; şifreniz değişmez.</Text>
    </EmailLayout>
  );
}

PasswordResetEmail.PreviewProps = {
  name: "Ayşe Yılmaz",
  resetUrl: "http://localhost:3000/sifre-sifirla/ornek-baglanti",
  expiresInMinutes: 60,
} satisfies PasswordResetEmailProps;
