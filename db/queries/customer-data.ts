/**
 * Everything the platform holds about one customer, for its KVKK download (`Verilerimi indir`):
 * each table read by the customer's id, or by the ids of its own rows, never more. Secrets stay out:
 * password hashes, session and invitation tokens, integration credentials, payment tokens and the
 * provider's raw answers, e-mail bodies (their links carry tokens). A customer's data is small (a few
 * thousand rows at most), so it is read whole; the caller reads it in one transaction.
 */
import { and, asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../index";
import {
  auditLogs,
  customers,
  emails,
  integrations,
  invoiceLines,
  invoices,
  orderEvents,
  orders,
  paymentRefunds,
  payments,
  quoteRequests,
  userInvitations,
  users,
} from "../schema";
import { addressesOwnedBy } from "./emails";

const idsOf = (rows: { id: string }[]) => rows.map((row) => row.id);

/** Rows by the id of their parent (an order's events), read once instead of filtered per parent. */
function byParent<R>(rows: R[], parentOf: (row: R) => string): (parentId: string) => R[] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const group = groups.get(parentOf(row));
    if (group) group.push(row);
    else groups.set(parentOf(row), [row]);
  }
  return (parentId) => groups.get(parentId) ?? [];
}

/** `column in (ids)`, or false for no ids (an empty `in ()` is not SQL). */
const within = (column: Parameters<typeof inArray>[0], ids: string[]): SQL =>
  ids.length > 0 ? inArray(column, ids) : sql`false`;

export async function readCustomerData(
  db: DbOrTx,
  params: {
    customerId: string;
    /** The platform's own addresses (lib/company.ts): their mail is never a customer's. */
    platformAddresses: readonly string[];
  },
) {
  const { customerId } = params;
  const [company] = await db
    .select({
      id: customers.id,
      companyName: customers.companyName,
      taxId: customers.taxId,
      taxOffice: customers.taxOffice,
      contactName: customers.contactName,
      email: customers.email,
      phone: customers.phone,
      address: customers.address,
      city: customers.city,
      country: customers.country,
      status: customers.status,
      suspensionReason: customers.suspensionReason,
      suspendedAt: customers.suspendedAt,
      suspensionNote: customers.suspensionNote,
      agreementVersion: customers.agreementVersion,
      agreementAcceptedAt: customers.agreementAcceptedAt,
      kvkkVersion: customers.kvkkVersion,
      kvkkAcceptedAt: customers.kvkkAcceptedAt,
      deletionRequestedAt: customers.deletionRequestedAt,
      createdAt: customers.createdAt,
      updatedAt: customers.updatedAt,
      serviceType: customers.serviceType,
      productCategories: customers.productCategories,
      specialRequirements: customers.specialRequirements,
      contractUnitPrice: customers.contractUnitPrice,
      declaredVolume: customers.declaredVolume,
    })
    .from(customers)
    .where(eq(customers.id, customerId));
  if (!company) return null;
  const {
    serviceType,
    productCategories,
    specialRequirements,
    contractUnitPrice,
    declaredVolume,
    agreementVersion,
    agreementAcceptedAt,
    kvkkVersion,
    kvkkAcceptedAt,
    ...profile
  } = company;

  const people = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      disabled: users.disabled,
      disabledAt: users.disabledAt,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.customerId, customerId))
    .orderBy(asc(users.createdAt), asc(users.id));
  const invitations = await db
    .select({
      email: userInvitations.email,
      createdAt: userInvitations.createdAt,
      expiresAt: userInvitations.expiresAt,
      acceptedAt: userInvitations.acceptedAt,
      revokedAt: userInvitations.revokedAt,
    })
    .from(userInvitations)
    .where(eq(userInvitations.customerId, customerId))
    .orderBy(asc(userInvitations.createdAt), asc(userInvitations.id));
  const [integration] = await db
    .select({
      platform: integrations.platform,
      shopName: integrations.shopName,
      status: integrations.status,
      lastCheckedAt: integrations.lastCheckedAt,
      lastError: integrations.lastError,
      createdAt: integrations.createdAt,
    })
    .from(integrations)
    .where(eq(integrations.customerId, customerId));
  const quotes = await db
    .select({
      id: quoteRequests.id,
      referenceNumber: quoteRequests.referenceNumber,
      companyName: quoteRequests.companyName,
      contactName: quoteRequests.contactName,
      email: quoteRequests.email,
      phone: quoteRequests.phone,
      monthlyVolume: quoteRequests.monthlyVolume,
      productTypes: quoteRequests.productTypes,
      specialRequirements: quoteRequests.specialRequirements,
      hasFragileItems: quoteRequests.hasFragileItems,
      needsCustomPackaging: quoteRequests.needsCustomPackaging,
      preferredStartDate: quoteRequests.preferredStartDate,
      status: quoteRequests.status,
      calculatedUnitPrice: quoteRequests.calculatedUnitPrice,
      quotedUnitPrice: quoteRequests.quotedUnitPrice,
      acceptedUnitPrice: quoteRequests.acceptedUnitPrice,
      validUntil: quoteRequests.validUntil,
      offerNote: quoteRequests.offerNote,
      rejectionReason: quoteRequests.rejectionReason,
      quotedAt: quoteRequests.quotedAt,
      respondedAt: quoteRequests.respondedAt,
      createdAt: quoteRequests.createdAt,
    })
    .from(quoteRequests)
    .where(eq(quoteRequests.customerId, customerId))
    .orderBy(asc(quoteRequests.createdAt), asc(quoteRequests.id));

  const orderRows = await db
    .select({
      id: orders.id,
      orderNumber: orders.orderNumber,
      packageCount: orders.packageCount,
      note: orders.note,
      status: orders.status,
      estimatedUnitPrice: orders.estimatedUnitPrice,
      processingStartedAt: orders.processingStartedAt,
      completedAt: orders.completedAt,
      cancelledAt: orders.cancelledAt,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .where(eq(orders.customerId, customerId))
    .orderBy(asc(orders.createdAt), asc(orders.id));
  const events = await db
    .select({
      orderId: orderEvents.orderId,
      fromStatus: orderEvents.fromStatus,
      toStatus: orderEvents.toStatus,
      note: orderEvents.note,
      createdAt: orderEvents.createdAt,
    })
    .from(orderEvents)
    .where(within(orderEvents.orderId, idsOf(orderRows)))
    .orderBy(asc(orderEvents.createdAt), asc(orderEvents.id));

  const invoiceRows = await db
    .select({
      id: invoices.id,
      invoiceNumber: invoices.invoiceNumber,
      ettn: invoices.ettn,
      periodStart: invoices.periodStart,
      periodEnd: invoices.periodEnd,
      packageCount: invoices.packageCount,
      unitPrice: invoices.unitPrice,
      subtotal: invoices.subtotal,
      kdv: invoices.kdv,
      total: invoices.total,
      status: invoices.status,
      issuedAt: invoices.issuedAt,
      dueAt: invoices.dueAt,
      paidAt: invoices.paidAt,
      paymentMethod: invoices.paymentMethod,
      buyer: invoices.buyer,
      cancelledAt: invoices.cancelledAt,
      cancelReason: invoices.cancelReason,
      createdAt: invoices.createdAt,
    })
    .from(invoices)
    .where(eq(invoices.customerId, customerId))
    .orderBy(asc(invoices.periodStart), asc(invoices.id));
  const lines = await db
    .select({
      invoiceId: invoiceLines.invoiceId,
      kind: invoiceLines.kind,
      description: invoiceLines.description,
      quantity: invoiceLines.quantity,
      unitPrice: invoiceLines.unitPrice,
      amount: invoiceLines.amount,
    })
    .from(invoiceLines)
    .where(within(invoiceLines.invoiceId, idsOf(invoiceRows)))
    .orderBy(asc(invoiceLines.invoiceId), asc(invoiceLines.position));
  const paymentRows = await db
    .select({
      id: payments.id,
      invoiceId: payments.invoiceId,
      provider: payments.provider,
      providerPaymentId: payments.providerPaymentId,
      status: payments.status,
      amount: payments.amount,
      refundedAmount: payments.refundedAmount,
      cardAssociation: payments.cardAssociation,
      cardLastFour: payments.cardLastFour,
      failureReason: payments.failureReason,
      settledAt: payments.settledAt,
      createdAt: payments.createdAt,
    })
    .from(payments)
    .where(eq(payments.customerId, customerId))
    .orderBy(asc(payments.createdAt), asc(payments.id));
  const refunds = await db
    .select({
      paymentId: paymentRefunds.paymentId,
      amount: paymentRefunds.amount,
      reason: paymentRefunds.reason,
      status: paymentRefunds.status,
      createdAt: paymentRefunds.createdAt,
      completedAt: paymentRefunds.completedAt,
    })
    .from(paymentRefunds)
    .where(within(paymentRefunds.paymentId, idsOf(paymentRows)))
    .orderBy(asc(paymentRefunds.createdAt), asc(paymentRefunds.id));

  // The e-mail log keeps a recipient, not an owner: the e-mails sent to its users' addresses and to
  // its company address, less any address another record or the platform holds (addressesOwnedBy).
  const addresses = await addressesOwnedBy(db, {
    customerId,
    users: people.map((person) => person.email),
    typed: [company.email],
    platform: params.platformAddresses,
  });
  const mail = await db
    .select({
      recipient: emails.recipient,
      template: emails.template,
      subject: emails.subject,
      status: emails.status,
      sentAt: emails.sentAt,
      createdAt: emails.createdAt,
    })
    .from(emails)
    .where(addresses.length > 0 ? inArray(sql`lower(${emails.recipient})`, addresses) : sql`false`)
    .orderBy(asc(emails.createdAt), asc(emails.id));

  // The audit trail: rows about the customer or one of its own records, and what its users did.
  const userIds = idsOf(people);
  const entity = (type: string, entityIds: string[]) =>
    and(eq(auditLogs.entityType, type), within(auditLogs.entityId, entityIds));
  const audit = await db
    .select({
      action: auditLogs.action,
      entityType: auditLogs.entityType,
      entityId: auditLogs.entityId,
      actorUserId: auditLogs.actorUserId,
      actorLabel: auditLogs.actorLabel,
      before: auditLogs.before,
      after: auditLogs.after,
      ipAddress: auditLogs.ipAddress,
      createdAt: auditLogs.createdAt,
    })
    .from(auditLogs)
    .where(
      or(
        entity("customer", [customerId]),
        entity("integration", [customerId]),
        entity("user", userIds),
        entity("order", idsOf(orderRows)),
        entity("invoice", idsOf(invoiceRows)),
        entity("payment", idsOf(paymentRows)),
        entity("quote", idsOf(quotes)),
        within(auditLogs.actorUserId, userIds),
      ),
    )
    .orderBy(asc(auditLogs.createdAt), asc(auditLogs.id));

  const eventsOf = byParent(events, (event) => event.orderId);
  const linesOf = byParent(lines, (line) => line.invoiceId);
  const paymentsOf = byParent(paymentRows, (payment) => payment.invoiceId);
  const refundsOf = byParent(refunds, (refund) => refund.paymentId);
  return {
    company: profile,
    contract: {
      serviceType,
      contractUnitPrice,
      declaredVolume,
      productCategories,
      specialRequirements,
      agreementVersion,
      agreementAcceptedAt,
      kvkkVersion,
      kvkkAcceptedAt,
    },
    users: people,
    invitations,
    integration: integration ?? null,
    quotes,
    orders: orderRows.map((order) => ({ ...order, events: eventsOf(order.id) })),
    invoices: invoiceRows.map((invoice) => ({
      ...invoice,
      lines: linesOf(invoice.id),
      payments: paymentsOf(invoice.id).map((payment) => ({ ...payment, refunds: refundsOf(payment.id) })),
    })),
    emails: mail,
    // Who else acted (an operator) is named; where they were is theirs, not the customer's.
    auditTrail: audit.map(({ actorUserId, ipAddress, ...row }) => ({
      ...row,
      ipAddress: actorUserId !== null && userIds.includes(actorUserId) ? ipAddress : null,
    })),
  };
}

export type CustomerData = NonNullable<Awaited<ReturnType<typeof readCustomerData>>>;
