import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";

const body = { backgroundColor: "#f5f5f4", fontFamily: "Segoe UI, Roboto, Helvetica, Arial, sans-serif", margin: 0 };
// A long link or address with nothing to break at (a reset or offer link's token) wraps instead of
// widening the mail past a phone's screen: set once here, every template's text inherits it.
const container = {
  backgroundColor: "#ffffff",
  margin: "24px auto",
  padding: "0 0 16px",
  maxWidth: "560px",
  borderRadius: "8px",
  overflowWrap: "anywhere" as const,
  wordBreak: "break-word" as const,
};
const header = { backgroundColor: "#17613c", borderRadius: "8px 8px 0 0", padding: "16px 24px" };
const brand = { color: "#ffffff", fontSize: "20px", fontWeight: 700, margin: 0 };
const content = { padding: "8px 24px" };
const footer = { color: "#78716c", fontSize: "12px", lineHeight: "18px", padding: "0 24px", margin: 0 };

/** The company's header and footer around every e-mail. */
export function EmailLayout({ preview, children }: { preview: string; children: React.ReactNode }) {
  return (
    <Html lang="tr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Section style={header}>
            <Text style={brand}>Çardak Paketleme</Text>
          </Section>
          <Section style={content}>{children}</Section>
          {/* The rule is 100% wide: its side margins come from a padded section, not its own margin. */}
          <Section style={{ padding: "0 24px" }}>
            <Hr style={{ borderColor: "#e7e5e4", margin: "16px 0" }} />
          </Section>
          <Text style={footer}>
            Çardak Paketleme · E-ticaret paketleme hizmeti
            <br />
            Bu e-posta otomatik olarak gönderilmiştir. Sorularınız için operasyon ekibimize yazabilirsiniz.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const textStyle = { color: "#1c1917", fontSize: "15px", lineHeight: "24px" };
export const buttonStyle = {
  backgroundColor: "#17613c",
  borderRadius: "6px",
  color: "#ffffff",
  display: "inline-block",
  fontSize: "15px",
  fontWeight: 600,
  padding: "12px 20px",
  textDecoration: "none",
};
