import { Button, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle, EmailLayout, textStyle } from "./components/email-layout";

export const serviceActivatedSchema = z.object({
  name: z.string(),
  companyName: z.string(),
  serviceLabel: z.string(),
  email: z.string(),
  panelUrl: z.url(),
  /** "Shopify (Çardak Deneme Mağazası)", or null without an integration. */
  integrationLabel: z.string().nullable(),
});

export type ServiceActivatedEmailProps = z.infer<typeof serviceActivatedSchema>;

export const serviceActivatedSubject = () => "Hizmetiniz aktif: Çardak Paketleme'ye hoş geldiniz";

export default function ServiceActivatedEmail(props: ServiceActivatedEmailProps) {
  const { name, companyName, serviceLabel, email, panelUrl, integrationLabel } = props;
  return (
    <EmailLayout preview={`${companyName} için hizmetiniz aktif`}>
      <Text style={textStyle}>{`Merhaba ${name},`}</Text>
      <Text style={textStyle}>
        {`${companyName} hesabı açıldı ve ${serviceLabel} paketleme hizmetiniz aktif. Panelinize ${email} adresi ve belirlediğiniz şifreyle giriş yapabilirsiniz.`}
      </Text>
      <Text style={textStyle}>
        {integrationLabel
          ? `Bağlı mağazanız: ${integrationLabel}. Siparişleriniz buradan alınacak.`
          : "Henüz bir e-ticaret mağazası bağlamadınız; panelinizden istediğiniz zaman bağlayabilirsiniz."}
      </Text>
      <Button href={panelUrl} style={buttonStyle}>
        Panele git
      </Button>
      <Text style={textStyle}>
        Ürünlerinizi depomuza göndermeden önce operasyon ekibimiz sizinle iletişime geçecek. Faturanız her ayın
        15&apos;inde kesilir.
      </Text>
    </EmailLayout>
  );
}

ServiceActivatedEmail.PreviewProps = {
  name: "Ayşe Yılmaz",
  companyName: "Yılmaz Butik Ltd. Şti.",
  serviceLabel: "Standart",
  email: "ayse@yilmazbutik.com.tr",
  panelUrl: "http://localhost:3000/panel",
  integrationLabel: "Shopify (Yılmaz Butik)",
} satisfies ServiceActivatedEmailProps;
