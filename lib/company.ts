/**
 * Who we are, as invoices (the seller) and the site's footer show it: from configuration
 * (COMPANY_* in lib/env.ts). Out of production, placeholders stand in for the legal details.
 */
import { env } from "./env";

export type Company = {
  name: string;
  address: string;
  taxOffice: string;
  /** VKN, 10 digits. */
  taxId: string;
  /** For bank transfers: TR + 24 digits, grouped by four. */
  iban: string;
  phone: string;
  email: string;
};

const PLACEHOLDER = {
  address: "Örnek Mah. Depo Sok. No: 1, 34000 Esenyurt / İstanbul",
  taxOffice: "Esenyurt",
  taxId: "0000000000",
  iban: "TR00 0000 0000 0000 0000 0000 00",
};

/** "TR330006100519786457841326" → "TR33 0006 1005 1978 6457 8413 26" */
export function formatIban(iban: string): string {
  return iban
    .replace(/\s/g, "")
    .replace(/(.{4})/g, "$1 ")
    .trim();
}

export function company(): Company {
  const config = env();
  return {
    name: config.COMPANY_NAME,
    address: config.COMPANY_ADDRESS ?? PLACEHOLDER.address,
    taxOffice: config.COMPANY_TAX_OFFICE ?? PLACEHOLDER.taxOffice,
    taxId: config.COMPANY_TAX_ID ?? PLACEHOLDER.taxId,
    iban: formatIban(config.COMPANY_IBAN ?? PLACEHOLDER.iban),
    phone: config.COMPANY_PHONE,
    email: config.COMPANY_EMAIL,
  };
}

/**
 * Our own addresses, lowercased: operations' inbox (OPS_EMAIL), the support address (COMPANY_EMAIL)
 * and the sender's (EMAIL_FROM). No customer holds them, whatever it types as its company address.
 */
export function platformAddresses(): string[] {
  const config = env();
  const sender = /<([^<>]+)>\s*$/.exec(config.EMAIL_FROM)?.[1] ?? config.EMAIL_FROM;
  return [config.OPS_EMAIL, config.COMPANY_EMAIL, sender].flatMap((address) =>
    address ? [address.trim().toLowerCase()] : [],
  );
}
