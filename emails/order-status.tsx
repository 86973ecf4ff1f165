import { Button, Text } from "@react-email/components";
import { z } from "zod";
import { buttonStyle, EmailLayout, textStyle } from "./components/email-layout";

export const orderStatusSchema = z.object({
  name: z.string(),
  orderNumber: z.string(),
  statusLabel: z.string(),
  packageCount: z.number().int().positive(),
  changedAt: z.string(),
  note: z.string().nullable(),
  orderUrl: z.url(),
});

export type OrderStatusEmailProps = z.infer<typeof orderStatusSchema>;

export const orderStatusSubject = ({ orderNumber, statusLabel }: OrderStatusEmailProps) =>
  `${orderNumber} numaralı siparişiniz: ${statusLabel}`;

export default function OrderStatusEmail({
  name,
  orderNumber,
  statusLabel,
  packageCount,
  changedAt,
  note,
  orderUrl,
}: OrderStatusEmailProps) {
  return (
    <EmailLayout preview={`${orderNumber} numaralı siparişinizin durumu: ${statusLabel}`}>
      <Text style={textStyle}>{`Merhaba ${name},`}</Text>
      <Text style={textStyle}>
        {`${orderNumber} numaralı siparişinizin (${packageCount} paket) durumu ${changedAt} itibarıyla "${statusLabel}" oldu.`}
      </Text>
      {note && <Text style={textStyle}>{`Not: ${note}`}</Text>}
      <Button href={orderUrl} style={buttonStyle}>
        Siparişi görüntüle
      </Button>
      <Text style={textStyle}>Siparişinizin tüm hareketlerini müşteri panelinizden izleyebilirsiniz.</Text>
    </EmailLayout>
  );
}

OrderStatusEmail.PreviewProps = {
  name: "Ayşe Yılmaz",
  orderNumber: "SP-2026-000123",
  statusLabel: "Tamamlandı",
  packageCount: 240,
  changedAt: "15.01.2026 14:05",
  note: "Kargoya teslim edildi.",
  orderUrl: "http://localhost:3000/panel/siparisler/ornek",
} satisfies OrderStatusEmailProps;
