/** Who does an account change, and from where: for the audit row. */
export type AccountActor = {
  actor: { id: string; email: string };
  ip?: string | null;
  requestId?: string | null;
};
