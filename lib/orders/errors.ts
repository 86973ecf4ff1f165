import {
  INACTIVE_ORDER_MESSAGE,
  ORDER_NOT_FOUND_MESSAGE,
  STALE_ORDER_MESSAGE,
  SUSPENDED_ORDER_MESSAGE,
} from "./messages";

/** Also for another customer's order: the caller cannot tell the two apart. */
export class OrderNotFoundError extends Error {
  readonly code = "ORDER_NOT_FOUND" as const;
  constructor() {
    super(ORDER_NOT_FOUND_MESSAGE);
  }
}

export class CustomerNotFoundError extends Error {
  readonly code = "CUSTOMER_NOT_FOUND" as const;
  constructor() {
    super("Müşteri bulunamadı.");
  }
}

export class CustomerCannotOrderError extends Error {
  readonly code = "CUSTOMER_CANNOT_ORDER" as const;
  constructor(readonly status: "suspended" | "inactive") {
    super(status === "suspended" ? SUSPENDED_ORDER_MESSAGE : INACTIVE_ORDER_MESSAGE);
  }
}

/** Someone else moved the order between our read and our write. */
export class StaleOrderError extends Error {
  readonly code = "STALE_ORDER" as const;
  constructor() {
    super(STALE_ORDER_MESSAGE);
  }
}
