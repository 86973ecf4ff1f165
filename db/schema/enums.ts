import { pgEnum } from "drizzle-orm/pg-core";

import { INVOICE_STATUSES } from "../../lib/billing/status";
import { VOLUME_RANGES } from "../../lib/pricing";

export const volumeRanges = VOLUME_RANGES;
export const volumeRangeEnum = pgEnum("volume_range", volumeRanges);

export const serviceTypes = ["standard", "premium", "custom"] as const;
export const serviceTypeEnum = pgEnum("service_type", serviceTypes);

export const customerStatusEnum = pgEnum("customer_status", ["active", "inactive", "suspended"]);
export const suspensionReasonEnum = pgEnum("suspension_reason", ["non_payment", "admin"]);
export const userRoleEnum = pgEnum("user_role", ["customer", "admin"]);

export const quoteStatusEnum = pgEnum("quote_status", ["pending", "reviewed", "quoted", "accepted", "rejected"]);

export const onboardingStatusEnum = pgEnum("onboarding_status", ["in_progress", "completed", "abandoned"]);
export const integrationPlatforms = ["shopify", "woocommerce", "ticimax", "hepsiburada"] as const;
export const integrationPlatformEnum = pgEnum("integration_platform", integrationPlatforms);
export const integrationStatusEnum = pgEnum("integration_status", ["pending", "connected", "failed"]);

export const orderStatuses = ["pending", "processing", "completed", "cancelled"] as const;
export const orderStatusEnum = pgEnum("order_status", orderStatuses);

export const invoiceStatuses = INVOICE_STATUSES;
export const invoiceStatusEnum = pgEnum("invoice_status", invoiceStatuses);
export const invoiceLineKindEnum = pgEnum("invoice_line_kind", ["packaging", "storage", "adjustment"]);
export const paymentMethodEnum = pgEnum("payment_method", ["card", "bank_transfer"]);
export const paymentProviderEnum = pgEnum("payment_provider", ["iyzico", "bank_transfer"]);
export const paymentStatusEnum = pgEnum("payment_status", ["pending", "succeeded", "failed", "refunded"]);
export const billingRunStatusEnum = pgEnum("billing_run_status", ["running", "completed", "failed"]);

export const emailStatusEnum = pgEnum("email_status", ["queued", "sent", "failed", "stored"]);
