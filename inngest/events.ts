/**
 * Every event the app sends or listens to, typed in one place (Inngest v4 `eventType`). A function
 * uses one as its trigger (`triggers: [invoiceSent]`) and its handler's `event.data` is typed by the
 * schema; a sender builds the event with `invoiceSent.create({...}, { id })`, so a misspelt name or a
 * missing field fails at compile time. Names are `<entity>/<what happened>`.
 */
import { eventType } from "inngest";
import { z } from "zod";

export const emailQueuedData = z.object({ emailId: z.uuid() });
/** An e-mail row was committed as `queued`: render and send it (lib/email.ts). */
export const emailQueued = eventType("email/queued", { schema: emailQueuedData });

/** The billing run asks for one customer's invoice of one period (id `invoice-<customer>-<period>`). */
export const invoiceRequested = eventType("invoice/requested", {
  schema: z.object({ customerId: z.uuid(), periodStart: z.iso.datetime() }),
});

/** An invoice was finalized and e-mailed: its deadlines (reminder, overdue, suspension) start. */
export const invoiceSent = eventType("invoice/sent", {
  schema: z.object({ invoiceId: z.uuid(), customerId: z.uuid() }),
});

/** An invoice was paid (card or bank transfer): its schedule stops, the customer may come back. */
export const invoicePaid = eventType("invoice/paid", {
  schema: z.object({ invoiceId: z.uuid(), customerId: z.uuid() }),
});

/** A card payment was confirmed by Iyzico and recorded (the invoice's own `invoice/paid` follows). */
export const paymentSucceeded = eventType("payment/succeeded", {
  schema: z.object({ paymentId: z.uuid(), invoiceId: z.uuid(), customerId: z.uuid(), amount: z.number().int() }),
});

/** Iyzico confirmed a refund of a card payment (part or all of it). */
export const paymentRefunded = eventType("payment/refunded", {
  schema: z.object({ refundId: z.uuid(), paymentId: z.uuid(), invoiceId: z.uuid(), amount: z.number().int() }),
});
