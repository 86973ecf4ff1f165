import { formatKurus } from "@/lib/money";

type Line = { position: number; description: string; quantity: number; unitPrice: number; amount: number };

/**
 * An invoice's lines as stored (never recomputed), then its subtotal, KDV and total. On a phone each
 * line is a block (description over its figures), so nothing scrolls sideways.
 */
export function InvoiceLines({
  lines,
  subtotal,
  kdv,
  total,
}: {
  lines: readonly Line[];
  subtotal: number;
  kdv: number;
  total: number;
}) {
  return (
    <div className="flex flex-col gap-3">
      <table className="w-full text-sm max-sm:block">
        <caption className="sr-only">Fatura kalemleri</caption>
        <thead className="border-b border-border text-muted-foreground max-sm:sr-only">
          <tr>
            <th scope="col" className="py-2 pr-4 text-left font-medium">
              Açıklama
            </th>
            <th scope="col" className="px-4 py-2 text-right font-medium">
              Miktar
            </th>
            <th scope="col" className="px-4 py-2 text-right font-medium">
              Birim fiyat
            </th>
            <th scope="col" className="py-2 pl-4 text-right font-medium">
              Tutar
            </th>
          </tr>
        </thead>
        <tbody className="max-sm:flex max-sm:flex-col max-sm:gap-3">
          {lines.map((line) => (
            <tr
              key={line.position}
              className="border-b border-border max-sm:grid max-sm:grid-cols-2 max-sm:gap-1 max-sm:pb-3"
            >
              <th scope="row" className="py-3 pr-4 text-left font-medium max-sm:col-span-2 max-sm:p-0">
                {line.description}
              </th>
              <td data-label="Miktar" className="px-4 py-3 text-right tabular-nums max-sm:p-0 max-sm:text-left">
                <span className="sm:hidden">Miktar: </span>
                {line.quantity.toLocaleString("tr-TR")}
              </td>
              <td className="px-4 py-3 text-right tabular-nums max-sm:p-0">
                <span className="sm:hidden">Birim: </span>
                {formatKurus(line.unitPrice)}
              </td>
              <td className="py-3 pl-4 text-right font-medium tabular-nums max-sm:col-span-2 max-sm:p-0">
                <span className="font-normal text-muted-foreground sm:hidden">Tutar: </span>
                {formatKurus(line.amount)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="ml-auto grid w-full max-w-xs grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-sm">
        <dt className="text-muted-foreground">Ara toplam</dt>
        <dd className="text-right tabular-nums">{formatKurus(subtotal)}</dd>
        <dt className="text-muted-foreground">KDV (%20)</dt>
        <dd className="text-right tabular-nums">{formatKurus(kdv)}</dd>
        <dt className="border-t border-border pt-1 font-semibold">Genel toplam</dt>
        <dd className="border-t border-border pt-1 text-right font-semibold tabular-nums" data-testid="fatura-toplam">
          {formatKurus(total)}
        </dd>
      </dl>
    </div>
  );
}
