/** Fixed-window rate limits kept in the database, atomic under concurrency. */
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "../db/client.js";

/** Counts one attempt for key; true while the count stays within limit. */
export async function allowAttempt(db: Db, key: string, limit: number, windowSeconds: number): Promise<boolean> {
  const result = await db.execute(sql`
    insert into rate_limits (key, window_start, count) values (${key}, now(), 1)
    on conflict (key) do update set
      count = case when rate_limits.window_start < now() - make_interval(secs => ${windowSeconds})
                   then 1 else rate_limits.count + 1 end,
      window_start = case when rate_limits.window_start < now() - make_interval(secs => ${windowSeconds})
                   then now() else rate_limits.window_start end
    returning count`);
  return Number(rowsOf<{ count: number }>(result)[0]?.count ?? 0) <= limit;
}
