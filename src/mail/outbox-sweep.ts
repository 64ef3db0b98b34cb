/**
 * The outbox's retention and safety net, run by a scheduled job. Removed: rows sent more than
 * a day ago (their body went at sending), rows never sent after a week (SMTP refused them
 * all that time), and without SMTP every row after a day (how long /dev/outbox shows a mail).
 * With SMTP, a mail still waiting a minute after it was recorded (its job gave up while SMTP
 * was down, or the process died while sending it) is delivered again. See "Mail" in the README.
 */
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { outbox } from "../db/schema/index.js";
import type { Mailer } from "./mailer.js";

const DAY = sql`interval '1 day'`;
const WEEK = sql`interval '7 days'`;

/** Removes what is past its retention, then delivers what waits; returns both counts. */
export async function sweepOutbox(db: Db, mailer: Mailer): Promise<{ removed: number; delivered: number }> {
  const removed = await db
    .delete(outbox)
    .where(or(lt(outbox.sentAt, sql`now() - ${DAY}`), lt(outbox.createdAt, sql`now() - ${mailer.smtp ? WEEK : DAY}`)))
    .returning({ id: outbox.id });
  if (!mailer.smtp) return { removed: removed.length, delivered: 0 };
  const waiting = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        isNull(outbox.sentAt),
        eq(outbox.heldForDigest, false),
        lt(outbox.createdAt, sql`now() - interval '1 minute'`),
        or(isNull(outbox.claimedUntil), lt(outbox.claimedUntil, sql`now()`)),
      ),
    )
    .orderBy(outbox.createdAt)
    .limit(200);
  await mailer.deliver(waiting.map((row) => row.id));
  return { removed: removed.length, delivered: waiting.length };
}
