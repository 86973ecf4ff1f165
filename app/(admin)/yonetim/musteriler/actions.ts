"use server";

import { revalidatePath } from "next/cache";
import { changeServiceType, setContractPrice } from "@/lib/customers/contract";
import { erasePersonalData } from "@/lib/customers/erasure";
import { CUSTOMERS_PATH } from "@/lib/customers/filters";
import {
  changeServiceTypeSchema,
  erasePersonalDataSchema,
  reactivateCustomerSchema,
  setContractPriceSchema,
  suspendCustomerSchema,
} from "@/lib/customers/schemas";
import { reactivateCustomer, suspendCustomer } from "@/lib/customers/suspension";
import { adminAction, ok } from "@/lib/safe-action";

const refresh = (customerId: string) => revalidatePath(`${CUSTOMERS_PATH}/${customerId}`);
/** After the change's own sentence: the admin knows the customer was told, and where. */
const emailed = (address: string) => `Müşteriye ${address} adresine bilgi e-postası gönderildi.`;

export const suspendCustomerAction = adminAction(
  "suspendCustomer",
  suspendCustomerSchema,
  async (input, ctx) => {
    const { companyName, emailedTo } = await suspendCustomer(ctx, input);
    refresh(input.customerId);
    return ok(undefined, `${companyName} askıya alındı. ${emailed(emailedTo)}`);
  },
  { echo: ["reason"] },
);

export const reactivateCustomerAction = adminAction(
  "reactivateCustomer",
  reactivateCustomerSchema,
  async (input, ctx) => {
    const { companyName, emailedTo } = await reactivateCustomer(ctx, input);
    refresh(input.customerId);
    return ok(undefined, `${companyName} yeniden etkinleştirildi. ${emailed(emailedTo)}`);
  },
  { echo: ["note"] },
);

export const setContractPriceAction = adminAction(
  "setContractPrice",
  setContractPriceSchema,
  async (input, ctx) => {
    const { companyName } = await setContractPrice(ctx, input);
    refresh(input.customerId);
    return ok(undefined, `${companyName}: sözleşme fiyatı kaydedildi.`);
  },
  { echo: ["contractPrice"] },
);

export const changeServiceTypeAction = adminAction(
  "changeServiceType",
  changeServiceTypeSchema,
  async (input, ctx) => {
    const { companyName } = await changeServiceType(ctx, input);
    refresh(input.customerId);
    return ok(undefined, `${companyName}: hizmet türü değiştirildi.`);
  },
  { echo: ["serviceType", "contractPrice"] },
);

export const erasePersonalDataAction = adminAction("erasePersonalData", erasePersonalDataSchema, async (input, ctx) => {
  const { companyName } = await erasePersonalData(ctx, input);
  refresh(input.customerId);
  return ok(undefined, `${companyName}: kişisel veriler silindi, kullanıcılar devre dışı bırakıldı.`);
});
