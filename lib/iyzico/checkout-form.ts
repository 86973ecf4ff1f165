import { istanbulWallClock } from "@/lib/dates";
import { kurusToIyzicoPrice } from "./amount";
import { CURRENCY, LOCALE, ifPresent } from "./requests";

/**
 * The checkout form (Iyzico's hosted payment page) for one invoice, built from our customer, the
 * signed-in user and the invoice. Every field is one iyzipay's CreateCheckoutFormInitializeRequest
 * keeps (see requests.ts).
 */

export type IyzicoBuyer = {
  id: string;
  name: string;
  surname: string;
  identityNumber: string;
  email: string;
  gsmNumber?: string;
  registrationDate?: string;
  lastLoginDate?: string;
  registrationAddress: string;
  city: string;
  country: string;
  ip: string;
};

export type IyzicoAddress = { contactName: string; city: string; country: string; address: string };

export type IyzicoBasketItem = {
  id: string;
  name: string;
  category1: string;
  itemType: "VIRTUAL";
  price: string;
};

export type CheckoutFormInitializeRequest = {
  locale: string;
  conversationId: string;
  price: string;
  paidPrice: string;
  currency: string;
  basketId: string;
  paymentGroup: "PRODUCT";
  callbackUrl: string;
  enabledInstallments: number[];
  buyer: IyzicoBuyer;
  billingAddress: IyzicoAddress;
  basketItems: IyzicoBasketItem[];
};

export type CheckoutFormInput = {
  /** Our payment attempt's id; Iyzico returns it as the payment's conversation id. */
  conversationId: string;
  /** The invoice number, Iyzico's basket id. */
  invoiceNumber: string;
  /** The invoice total: price, paid price and the one basket item. */
  amountKurus: number;
  callbackUrl: string;
  customer: {
    id: string;
    companyName: string;
    /** VKN or TCKN: Iyzico's identityNumber. */
    taxId: string;
    phone?: string | null;
    address: string;
    city: string;
    /** ISO code as stored ("TR") or a country name. */
    country: string;
    createdAt?: Date | null;
  };
  /** The signed-in person who pays. */
  user: { name: string; email: string; lastLoginAt?: Date | null };
  /** The paying customer's address as the request reached us. */
  ip: string;
};

/** Iyzico's "2015-10-05 12:43:35", on Istanbul wall clocks. */
export function iyzicoDateTime(at: Date): string {
  const wall = istanbulWallClock(at);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
}

/** Iyzico wants a first name and a surname; a one-word name is used for both. */
export function splitPersonName(fullName: string): { name: string; surname: string } {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) throw new RangeError("A buyer needs a name");
  if (words.length === 1) return { name: words[0]!, surname: words[0]! };
  return { name: words.slice(0, -1).join(" "), surname: words.at(-1)! };
}

const COUNTRY_NAMES: Record<string, string> = { TR: "Turkey" };

function countryName(country: string): string {
  return COUNTRY_NAMES[country.toUpperCase()] ?? country;
}

/** One invoice, one basket item, one instalment: the card is charged exactly the invoice total. */
export function buildCheckoutFormInitializeRequest(input: CheckoutFormInput): CheckoutFormInitializeRequest {
  const price = kurusToIyzicoPrice(input.amountKurus);
  const country = countryName(input.customer.country);
  const { name, surname } = splitPersonName(input.user.name);
  return {
    locale: LOCALE,
    conversationId: input.conversationId,
    price,
    paidPrice: price,
    currency: CURRENCY,
    basketId: input.invoiceNumber,
    paymentGroup: "PRODUCT",
    callbackUrl: input.callbackUrl,
    // Instalments would make Iyzico raise the paid price above the invoice total.
    enabledInstallments: [1],
    buyer: {
      id: input.customer.id,
      name,
      surname,
      identityNumber: input.customer.taxId,
      email: input.user.email,
      ...ifPresent("gsmNumber", input.customer.phone),
      ...ifPresent("registrationDate", input.customer.createdAt && iyzicoDateTime(input.customer.createdAt)),
      ...ifPresent("lastLoginDate", input.user.lastLoginAt && iyzicoDateTime(input.user.lastLoginAt)),
      registrationAddress: input.customer.address,
      city: input.customer.city,
      country,
      ip: input.ip,
    },
    billingAddress: {
      contactName: input.customer.companyName,
      city: input.customer.city,
      country,
      address: input.customer.address,
    },
    basketItems: [
      {
        id: input.invoiceNumber,
        name: `Fatura ${input.invoiceNumber}`,
        category1: "Paketleme hizmeti",
        itemType: "VIRTUAL",
        price,
      },
    ],
  };
}
