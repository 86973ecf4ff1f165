import { billingRun } from "./functions/billing-run";
import { invoiceCustomer } from "./functions/invoice-customer";
import { invoiceDeadlines } from "./functions/invoice-deadlines";
import { invoicePaidFunction } from "./functions/invoice-paid";
import { scheduledFunctions } from "./functions/scheduled";
import { sendEmail } from "./functions/send-email";

export const functions = [
  sendEmail,
  billingRun,
  invoiceCustomer,
  invoiceDeadlines,
  invoicePaidFunction,
  ...Object.values(scheduledFunctions),
];
