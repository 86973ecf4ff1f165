/**
 * The values of an audit row's `before` and `after` that name or reach a person, by their key: what
 * `Kişisel verileri sil` (KVKK) overwrites in the audit trail of the erased customer, its users,
 * invitations, quotes and onboarding answers. The rows themselves stay: who did what and when is the
 * security record; the statuses, amounts and versions in them are not personal.
 */
export const PERSONAL_AUDIT_KEYS: ReadonlySet<string> = new Set([
  "name",
  "contactName",
  "email",
  "phone",
  "address",
  "city",
  "specialRequirements",
  // Free text written about the customer (a suspension's `Gerekçe`, a reactivation's note).
  "reason",
  "note",
  "suspensionNote",
  // Who asked for the deletion, by address.
  "requestedBy",
]);

/**
 * `value` with every non-empty value under one of `keys`, at any depth, replaced by `replacement`;
 * `changed` says whether anything was. Null, empty strings and other keys are kept as they are.
 * `withoutPersonalValues({ email: "a@b.test", status: "active" }, keys, "Silindi (KVKK)")`
 *   → `{ value: { email: "Silindi (KVKK)", status: "active" }, changed: true }`
 */
export function withoutPersonalValues<T>(
  value: T,
  keys: ReadonlySet<string>,
  replacement: string,
): { value: T; changed: boolean } {
  let changed = false;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== "object") return node;
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(node)) {
      if (keys.has(key) && inner !== null && inner !== "" && inner !== replacement) {
        copy[key] = replacement;
        changed = true;
      } else {
        copy[key] = walk(inner);
      }
    }
    return copy;
  };
  const result = walk(value) as T;
  return { value: changed ? result : value, changed };
}
