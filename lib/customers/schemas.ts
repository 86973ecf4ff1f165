/** The customer administration forms' rules (`/yonetim/musteriler/[id]`), shared by forms and actions. */
import { z } from "zod";
import { optionalAmountField } from "../amount-field";
import { SERVICE_TYPES } from "../onboarding/schemas";
import { rowId } from "../row-id";
import { text } from "../text";

/** 10.000,00 TL per package: far above any real contract price, so a typo like 3250 is caught. */
export const CONTRACT_PRICE_MAX = 1_000_000;

const customerId = rowId("Müşteri bulunamadı.");
const contractPrice = { label: "Sözleşme birim fiyatı", min: 1, max: CONTRACT_PRICE_MAX };

export const customerIdSchema = z.object({ customerId });

/** `Kişisel verileri sil`: the customer alone; the dialog is the confirmation. */
export const erasePersonalDataSchema = customerIdSchema;

/** `Askıya al`: the reason (`Gerekçe`) is required and kept with the customer and in the audit log. */
export const suspendCustomerSchema = z.object({
  customerId,
  reason: text({ multiline: true, error: "Gerekçeyi yazın." })
    .min(5, "Gerekçe en az 5 karakter olmalı.")
    .max(500, "Gerekçe en fazla 500 karakter olabilir."),
});
export type SuspendCustomerInput = z.infer<typeof suspendCustomerSchema>;

/**
 * `Yeniden etkinleştir`. A customer suspended for non-payment who still has overdue invoices is
 * reactivated only when the admin confirms it (`allowOverdue`) and says why (`note`).
 */
export const reactivateCustomerSchema = z.object({
  customerId,
  allowOverdue: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
  note: text({ multiline: true }).max(500, "Not en fazla 500 karakter olabilir.").optional(),
});
export type ReactivateCustomerInput = z.input<typeof reactivateCustomerSchema>;

/** The contract unit price; an empty field removes it (not allowed while the service is `custom`). */
export const setContractPriceSchema = z.object({
  customerId,
  contractPrice: optionalAmountField(contractPrice),
});
export type SetContractPriceInput = z.input<typeof setContractPriceSchema>;

/** A new service type; switching to `custom` may set the contract price in the same step. */
export const changeServiceTypeSchema = z.object({
  customerId,
  serviceType: z.enum(SERVICE_TYPES, { error: "Hizmet türünü seçin." }),
  contractPrice: optionalAmountField(contractPrice),
});
export type ChangeServiceTypeInput = z.input<typeof changeServiceTypeSchema>;

/** The admin's customer picker: what was typed (searched as the customer list's `Ara`). */
export const customerPickerSchema = z.object({
  q: text().max(100, "Arama en fazla 100 karakter olabilir."),
});
