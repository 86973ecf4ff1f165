import { Button, Link, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle, EmailLayout, textStyle } from "./components/email-layout";

export const onboardingResumeSchema = z.object({
  name: z.string(),
  companyName: z.string(),
  resumeUrl: z.url(),
});

export type OnboardingResumeEmailProps = z.infer<typeof onboardingResumeSchema>;

export const onboardingResumeSubject = () => "Başvurunuza kaldığınız yerden devam edin";

export default function OnboardingResumeEmail({ name, companyName, resumeUrl }: OnboardingResumeEmailProps) {
  return (
    <EmailLayout preview="Hesap açılışınıza kaldığınız yerden devam edin">
      <Text style={textStyle}>{`Merhaba ${name},`}</Text>
      <Text style={textStyle}>
        {`${companyName} için Çardak Paketleme hesap açılışına başladınız. Bilgileriniz kaydedildi; aşağıdaki bağlantıyla istediğiniz zaman, istediğiniz cihazdan kaldığınız adımdan devam edebilirsiniz. Bağlantı 30 gün geçerlidir.`}
      </Text>
      <Button href={resumeUrl} style={buttonStyle}>
        Başvuruma devam et
      </Button>
      <Text style={textStyle}>
        Düğme çalışmazsa bu adresi tarayıcınıza yapıştırın: <Link href={resumeUrl}>{resumeUrl}</Link>
      </Text>
      <Text style={textStyle}>Bu bağlantı başvurunuza erişim sağlar; lütfen kimseyle paylaşmayın.</Text>
    </EmailLayout>
  );
}

OnboardingResumeEmail.PreviewProps = {
  name: "Ayşe Yılmaz",
  companyName: "Yılmaz Butik Ltd. Şti.",
  resumeUrl: "http://localhost:3000/basla?devam=ornek-baglanti",
} satisfies OnboardingResumeEmailProps;
