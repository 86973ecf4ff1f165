import { pgEnum } from "drizzle-orm/pg-core";

// The status lists are declared once, beside their status machines; relative paths: drizzle-kit reads these.
import { BILLING_RUN_STATUSES, INVOICE_STATUSES } from "../../lib/billing/status";
import { CUSTOMER_STATUSES, SUSPENSION_REASONS } from "../../lib/customers/status";
import { EMAIL_STATUSES } from "../../lib/email-log/filters";
import { ORDER_STATUSES } from "../../lib/orders/status";
import { PAYMENT_STATUSES, REFUND_STATUSES } from "../../lib/payments/status";
import { VOLUME_RANGES } from "../../lib/pricing";
import { QUOTE_STATUSES } from "../../lib/quotes/status";

export const volumeRanges = VOLUME_RANGES;
export const volumeRangeEnum = pgEnum("volume_range", volumeRanges);

export const serviceTypes = ["standard", "premium", "custom"] as const;
export const serviceTypeEnum = pgEnum("service_type", serviceTypes);

export const customerStatusEnum = pgEnum("customer_status", CUSTOMER_STATUSES);
export const suspensionReasonEnum = pgEnum("suspension_reason", SUSPENSION_REASONS);
export const userRoleEnum = pgEnum("user_role", ["customer", "admin"]);

export const quoteStatusEnum = pgEnum("quote_status", QUOTE_STATUSES);

export const onboardingStatusEnum = pgEnum("onboarding_status", ["in_progress", "completed", "abandoned"]);
export const integrationPlatforms = ["shopify", "woocommerce", "ticimax", "hepsiburada"] as const;
export const integrationPlatformEnum = pgEnum("integration_platform", integrationPlatforms);
export const integrationStatusEnum = pgEnum("integration_status", ["pending", "connected", "failed"]);

export const orderStatusEnum = pgEnum("order_status", ORDER_STATUSES);

export const invoiceStatusEnum = pgEnum("invoice_status", INVOICE_STATUSES);
export const invoiceLineKindEnum = pgEnum("invoice_line_kind", ["packaging", "storage", "adjustment"]);
export const paymentMethodEnum = pgEnum("payment_method", ["card", "bank_transfer"]);
export const paymentProviderEnum = pgEnum("payment_provider", ["iyzico", "bank_transfer"]);
export const paymentStatusEnum = pgEnum("payment_status", PAYMENT_STATUSES);
export const refundStatusEnum = pgEnum("refund_status", REFUND_STATUSES);
export const billingRunStatusEnum = pgEnum("billing_run_status", BILLING_RUN_STATUSES);

export const emailStatusEnum = pgEnum("email_status", EMAIL_STATUSES);
