import { randomUUID } from "node:crypto";

/** What the fake remembers: checkout form sessions by token, payments by id. */

export type Card = {
  cardType: string;
  cardAssociation: string;
  cardFamily: string;
  binNumber: string;
  lastFourDigits: string;
};

/** Iyzico's sandbox success card, 5528 7900 0000 0008. */
export const TEST_CARD: Card = {
  cardType: "CREDIT_CARD",
  cardAssociation: "MASTER_CARD",
  cardFamily: "Bonus",
  binNumber: "55287900",
  lastFourDigits: "0008",
};

export type Session = {
  token: string;
  conversationId: string;
  basketId: string;
  currency: string;
  priceKurus: number;
  paidPriceKurus: number;
  callbackUrl: string;
  items: { itemId: string; priceKurus: number }[];
  outcome: { kind: "pending" } | { kind: "paid"; paymentId: string } | { kind: "failed" };
};

export type Payment = {
  paymentId: string;
  token: string;
  conversationId: string;
  basketId: string;
  currency: string;
  priceKurus: number;
  paidPriceKurus: number;
  fraudStatus: number;
  card: Card;
  items: { itemId: string; paymentTransactionId: string; priceKurus: number }[];
  authCode: string;
  refunds: { conversationId: string; amountKurus: number }[];
  cancelled: boolean;
};

/** How the next payment made on the page (or by `pay`) differs from a plain approved one. */
export type PaymentOptions = { fraudStatus?: number; paidPriceKurus?: number; card?: Partial<Card> };

export class FakeIyzicoStore {
  readonly sessions = new Map<string, Session>();
  readonly payments = new Map<string, Payment>();
  private nextPaymentId = 25_180_000;
  private nextTransactionId = 27_169_000;

  open(session: Omit<Session, "token" | "outcome">): Session {
    const created: Session = { ...session, token: randomUUID(), outcome: { kind: "pending" } };
    this.sessions.set(created.token, created);
    return created;
  }

  pay(token: string, options: PaymentOptions = {}): Payment {
    const session = this.pendingSession(token);
    const paymentId = String(++this.nextPaymentId);
    const payment: Payment = {
      paymentId,
      token,
      conversationId: session.conversationId,
      basketId: session.basketId,
      currency: session.currency,
      priceKurus: session.priceKurus,
      paidPriceKurus: options.paidPriceKurus ?? session.paidPriceKurus,
      fraudStatus: options.fraudStatus ?? 1,
      card: { ...TEST_CARD, ...options.card },
      items: session.items.map((item) => ({
        itemId: item.itemId,
        paymentTransactionId: String(++this.nextTransactionId),
        priceKurus: item.priceKurus,
      })),
      authCode: String(100000 + (this.nextPaymentId % 900000)),
      refunds: [],
      cancelled: false,
    };
    this.payments.set(paymentId, payment);
    session.outcome = { kind: "paid", paymentId };
    return payment;
  }

  fail(token: string): Session {
    const session = this.pendingSession(token);
    session.outcome = { kind: "failed" };
    return session;
  }

  paymentOf(session: Session): Payment | undefined {
    return session.outcome.kind === "paid" ? this.payments.get(session.outcome.paymentId) : undefined;
  }

  findPayment(by: { paymentId?: unknown; paymentConversationId?: unknown }): Payment | undefined {
    if (typeof by.paymentId === "string" && by.paymentId) return this.payments.get(by.paymentId);
    if (typeof by.paymentConversationId !== "string") return undefined;
    return [...this.payments.values()].find((payment) => payment.conversationId === by.paymentConversationId);
  }

  refundedKurus(payment: Payment): number {
    return payment.refunds.reduce((sum, refund) => sum + refund.amountKurus, 0);
  }

  clear(): void {
    this.sessions.clear();
    this.payments.clear();
  }

  private pendingSession(token: string): Session {
    const session = this.sessions.get(token);
    if (!session) throw new Error(`Fake Iyzico: no checkout form session for token ${token}`);
    if (session.outcome.kind !== "pending") throw new Error(`Fake Iyzico: the session ${token} is already completed`);
    return session;
  }
}
