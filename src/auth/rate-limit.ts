/** Fixed-window rate limits kept in the database, atomic under concurrency. */
import { sql } from "drizzle-orm";
import { rowsOf, type Db, type Executor } from "../db/client.js";
import { RateLimitedError } from "../web/errors.js";

export interface Limit {
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one attempt for a key; how many seconds until its window ends when over the limit, else 0.
 * In a transaction, the count commits or rolls back with what it limits (and its row stays locked until then).
 */
export async function countAttempt(db: Executor, { key, limit, windowSeconds }: Limit): Promise<number> {
  const window = sql`make_interval(secs => ${windowSeconds})`;
  const result = await db.execute(sql`
    insert into rate_limits (key, window_start, count) values (${key}, now(), 1)
    on conflict (key) do update set
      count = case when rate_limits.window_start < now() - ${window} then 1 else rate_limits.count + 1 end,
      window_start = case when rate_limits.window_start < now() - ${window} then now() else rate_limits.window_start end
    returning count, ceil(extract(epoch from window_start + ${window} - now()))::int as "secondsLeft"`);
  const [row] = rowsOf<{ count: number; secondsLeft: number }>(result);
  return row && Number(row.count) > limit ? Math.max(1, Number(row.secondsLeft)) : 0;
}

/** Counts one attempt against every limit; throws RateLimitedError (with when to retry) if any is exceeded. */
export async function enforceLimits(db: Db, limits: Limit[], what: string): Promise<void> {
  let retryAfter = 0;
  for (const limit of limits) retryAfter = Math.max(retryAfter, await countAttempt(db, limit));
  if (retryAfter > 0) throw new RateLimitedError(what, retryAfter);
}
