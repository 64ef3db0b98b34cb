/** Reading the development outbox: newest first, a page at a time, optionally only mail to a matching address. */
import { count, desc, ilike } from "drizzle-orm";
import { outbox } from "../../db/schema/index.js";
import type { Db } from "../../db/client.js";
import { containsPattern, PAGE_SIZE } from "../../lib/paging.js";

export async function listOutbox(db: Db, options: { to: string; page: number }) {
  const where = options.to ? ilike(outbox.to, containsPattern(options.to)) : undefined;
  const [total] = await db.select({ n: count() }).from(outbox).where(where);
  const mails = await db
    .select()
    .from(outbox)
    .where(where)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(PAGE_SIZE)
    .offset((options.page - 1) * PAGE_SIZE);
  return { total: Number(total?.n ?? 0), mails };
}
