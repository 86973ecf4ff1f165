import { Button, Column, Row, Section, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle, EmailLayout, textStyle } from "./components/email-layout";

export const opsAlertSchema = z.object({
  /** What happened, as the alert's kind names it ("Yeni sipariş"). */
  kindLabel: z.string().min(1),
  /** The one line that says which: "SP-2026-000123 · Anadolu Kozmetik · 40 paket". */
  summary: z.string().min(1),
  details: z.array(z.object({ label: z.string(), value: z.string() })).max(12),
  /** The admin page of what changed. */
  url: z.url(),
});

export type OpsAlertEmailProps = z.infer<typeof opsAlertSchema>;

export const opsAlertSubject = ({ kindLabel, summary }: OpsAlertEmailProps) => `[Operasyon] ${kindLabel}: ${summary}`;

const labelStyle = { ...textStyle, color: "#57534e", margin: "2px 0", width: "40%" };
// A long address or number wraps as every template's text does (EmailLayout).
const valueStyle = { ...textStyle, margin: "2px 0" };

/** One operations alert (a new order, an offer answered, an invoice overdue...) for the ops inbox. */
export default function OpsAlertEmail({ kindLabel, summary, details, url }: OpsAlertEmailProps) {
  return (
    <EmailLayout preview={`${kindLabel}: ${summary}`}>
      <Text style={{ ...textStyle, fontSize: "17px", fontWeight: 700 }}>{kindLabel}</Text>
      <Text style={textStyle}>{summary}</Text>
      {details.length > 0 && (
        <Section>
          {details.map((detail) => (
            <Row key={detail.label}>
              <Column style={labelStyle}>{detail.label}</Column>
              <Column style={valueStyle}>{detail.value}</Column>
            </Row>
          ))}
        </Section>
      )}
      <Button href={url} style={buttonStyle}>
        Yönetim panelinde aç
      </Button>
      <Text style={{ ...textStyle, color: "#78716c", fontSize: "13px" }}>
        Bu uyarıları Yönetim › E-postalar › Operasyon uyarıları sayfasından açıp kapatabilirsiniz.
      </Text>
    </EmailLayout>
  );
}

OpsAlertEmail.PreviewProps = {
  kindLabel: "Yeni sipariş",
  summary: "SP-2026-000123 · Anadolu Kozmetik Ltd. Şti.",
  details: [
    { label: "Paket", value: "40" },
    { label: "İşlemi yapan", value: "ayse@anadolukozmetik.com.tr" },
  ],
  url: "http://localhost:3000/yonetim/siparisler/00000000-0000-4000-8000-000000000001",
} satisfies OpsAlertEmailProps;
