/**
 * A teacher's times never overlap, in any round; the checks for that read before they write, so
 * every path that gives a teacher a time first takes this lock: a second one waits until the first
 * has committed (or rolled back), then sees its time. Held to the end of the transaction. Taken
 * before any slot is locked FOR UPDATE, so two paths never wait on each other in opposite order.
 */
import { sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";

export async function lockTeacherTimes(tx: Tx, orgId: string, teacherId: string): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`conversation-times:${orgId}:${teacherId}`}, 0))`,
  );
}
