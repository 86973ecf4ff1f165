import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { InvoiceParty } from "@/db/schema";
import { formatIstanbulDate, formatIstanbulDateTime } from "../../dates";
import { formatKurus } from "../../money";
import { amountInWords } from "../amount-in-words";
import { billingPeriodLabel } from "../period";
import type { InvoiceStatus } from "../status";
import { PDF_FONT_FAMILY } from "./fonts";

/** What the PDF prints: an issued invoice as stored (lines and amounts are never recomputed). */
export type IssuedInvoiceDocument = {
  invoiceNumber: string;
  ettn: string;
  status: InvoiceStatus;
  periodStart: Date;
  periodEnd: Date;
  issuedAt: Date;
  dueAt: Date;
  paidAt: Date | null;
  cancelReason: string | null;
  seller: InvoiceParty;
  buyer: InvoiceParty;
  lines: { position: number; description: string; quantity: number; unitPrice: number; amount: number }[];
  subtotal: number;
  kdv: number;
  total: number;
};

const GREEN = "#17613c";
const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 9, padding: 36, color: "#1c1917", lineHeight: 1.4 },
  row: { flexDirection: "row", justifyContent: "space-between" },
  party: { width: "48%" },
  title: { fontSize: 16, fontWeight: "bold", color: GREEN, marginBottom: 4 },
  bold: { fontWeight: "bold" },
  label: { color: "#57534e" },
  box: { border: "1pt solid #d6d3d1", padding: 8, marginTop: 14 },
  table: { marginTop: 14, borderTop: `1pt solid ${GREEN}` },
  tableRow: { flexDirection: "row", borderBottom: "0.5pt solid #d6d3d1", paddingVertical: 4 },
  head: { fontWeight: "bold", backgroundColor: "#f5f5f4" },
  cPos: { width: "6%" },
  cDesc: { width: "48%" },
  cQty: { width: "12%", textAlign: "right" },
  cUnit: { width: "16%", textAlign: "right" },
  cAmount: { width: "18%", textAlign: "right" },
  totals: { marginTop: 8, marginLeft: "52%" },
  totalRow: { flexDirection: "row", justifyContent: "space-between", paddingVertical: 2 },
  grand: { fontWeight: "bold", fontSize: 11, borderTop: "1pt solid #1c1917", marginTop: 2, paddingTop: 3 },
  notice: { marginTop: 14, padding: 8, backgroundColor: "#fef2f2", color: "#991b1b" },
});

const taxIdLabel = (taxId: string) => (taxId.length === 11 ? "TCKN" : "VKN");

function Party({ heading, party }: { heading: string; party: InvoiceParty }) {
  return (
    <View style={styles.party}>
      <Text style={styles.label}>{heading}</Text>
      <Text style={styles.bold}>{party.name}</Text>
      {party.address ? <Text>{party.address}</Text> : null}
      {party.taxOffice ? <Text>{`Vergi dairesi: ${party.taxOffice}`}</Text> : null}
      <Text>{`${taxIdLabel(party.taxId)}: ${party.taxId}`}</Text>
      {party.iban ? <Text>{`IBAN: ${party.iban}`}</Text> : null}
    </View>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Text>
      <Text style={styles.label}>{`${label}: `}</Text>
      {value}
    </Text>
  );
}

function Lines({ invoice }: { invoice: IssuedInvoiceDocument }) {
  return (
    <View style={styles.table}>
      <View style={[styles.tableRow, styles.head]}>
        <Text style={styles.cPos}>Sıra</Text>
        <Text style={styles.cDesc}>Açıklama</Text>
        <Text style={styles.cQty}>Miktar</Text>
        <Text style={styles.cUnit}>Birim fiyat</Text>
        <Text style={styles.cAmount}>Tutar</Text>
      </View>
      {invoice.lines.map((line) => (
        <View style={styles.tableRow} key={line.position} wrap={false}>
          <Text style={styles.cPos}>{String(line.position)}</Text>
          <Text style={styles.cDesc}>{line.description}</Text>
          <Text style={styles.cQty}>{line.quantity.toLocaleString("tr-TR")}</Text>
          <Text style={styles.cUnit}>{formatKurus(line.unitPrice)}</Text>
          <Text style={styles.cAmount}>{formatKurus(line.amount)}</Text>
        </View>
      ))}
    </View>
  );
}

function Totals({ invoice }: { invoice: IssuedInvoiceDocument }) {
  const rows: [string, number][] = [
    ["Ara toplam", invoice.subtotal],
    ["KDV (%20)", invoice.kdv],
  ];
  return (
    <View style={styles.totals}>
      {rows.map(([label, amount]) => (
        <View style={styles.totalRow} key={label}>
          <Text>{label}</Text>
          <Text>{formatKurus(amount)}</Text>
        </View>
      ))}
      <View style={[styles.totalRow, styles.grand]}>
        <Text>Genel toplam</Text>
        <Text>{formatKurus(invoice.total)}</Text>
      </View>
    </View>
  );
}

/** The invoice as a PDF page: seller, buyer, identifiers, dates, lines, totals, amount in words, deadline. */
export function InvoiceDocument({ invoice }: { invoice: IssuedInvoiceDocument }) {
  const period = billingPeriodLabel({ start: invoice.periodStart, end: invoice.periodEnd });
  return (
    <Document title={`Fatura ${invoice.invoiceNumber}`} author={invoice.seller.name} language="tr">
      <Page size="A4" style={styles.page}>
        <View style={styles.row}>
          <Party heading="Satıcı" party={invoice.seller} />
          <View style={styles.party}>
            <Text style={styles.title}>Fatura</Text>
            <Field label="Fatura no" value={invoice.invoiceNumber} />
            <Field label="ETTN" value={invoice.ettn} />
            <Field label="Fatura tarihi" value={formatIstanbulDateTime(invoice.issuedAt)} />
            <Field label="Hizmet dönemi" value={period} />
            <Field label="Son ödeme" value={formatIstanbulDateTime(invoice.dueAt)} />
          </View>
        </View>
        <View style={styles.box}>
          <Party heading="Alıcı" party={invoice.buyer} />
        </View>
        <Lines invoice={invoice} />
        <Totals invoice={invoice} />
        <Text style={{ marginTop: 10 }}>{amountInWords(invoice.total)}</Text>
        <Text style={{ marginTop: 10 }}>
          {`Son ödeme zamanı ${formatIstanbulDateTime(invoice.dueAt)}. Havale/EFT ile ödemelerde IBAN ${invoice.seller.iban ?? "-"}, açıklama: ${invoice.invoiceNumber}.`}
        </Text>
        {invoice.status === "paid" && invoice.paidAt ? (
          <Text style={[styles.bold, { marginTop: 6, color: GREEN }]}>
            {`Ödendi: ${formatIstanbulDate(invoice.paidAt)}`}
          </Text>
        ) : null}
        {invoice.status === "cancelled" ? (
          <Text style={styles.notice}>
            {`Bu fatura iptal edilmiştir.${invoice.cancelReason ? ` Neden: ${invoice.cancelReason}` : ""}`}
          </Text>
        ) : null}
      </Page>
    </Document>
  );
}
