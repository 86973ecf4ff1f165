/**
 * The query-plan check of the volume benchmark: every query a list or metric sends is captured (a
 * Drizzle logger), run again under EXPLAIN (FORMAT JSON), and any Seq Scan of a big table is reported.
 * At 100,000 customers a sequential scan is the difference between milliseconds and seconds.
 */
import { drizzle } from "drizzle-orm/postgres-js";
import type { Sql } from "postgres";
import type { Db } from "@/db";
import * as schema from "@/db/schema";

export const BIG_TABLES = new Set(["customers", "users", "orders", "invoices", "audit_logs"]);

export type CapturedQuery = { sql: string; params: unknown[] };

/** A database whose every query is also recorded in `queries`. */
export function capturingDb(client: Sql): { db: Db; queries: CapturedQuery[] } {
  const queries: CapturedQuery[] = [];
  const db = drizzle({
    client,
    schema,
    logger: { logQuery: (sql, params) => void queries.push({ sql, params }) },
  }) as unknown as Db;
  return { db, queries };
}

type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] };

function seqScans(node: PlanNode, found: string[]): string[] {
  if (node["Node Type"] === "Seq Scan" && node["Relation Name"] && BIG_TABLES.has(node["Relation Name"])) {
    found.push(node["Relation Name"]);
  }
  for (const child of node.Plans ?? []) seqScans(child, found);
  return found;
}

/** The big tables the plans of `queries` read sequentially (empty when every one uses an index). */
export async function bigSeqScans(client: Sql, queries: readonly CapturedQuery[]): Promise<string[]> {
  const found: string[] = [];
  for (const query of queries) {
    const [row] = await client.unsafe(`explain (format json) ${query.sql}`, query.params as never[]);
    const plan = (row as unknown as { "QUERY PLAN": { Plan: PlanNode }[] })["QUERY PLAN"][0]!.Plan;
    seqScans(plan, found);
  }
  return [...new Set(found)];
}
