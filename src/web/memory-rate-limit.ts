/**
 * A fixed-window rate limit kept in this process's memory, for public pages that read and must
 * stay cheap (the certificate verification page): counting in the database (src/auth/rate-limit.ts)
 * would turn every read into a write, so a flood meant to guess codes would load the database it
 * is kept away from. The limit holds per server process; with several, a client may reach each
 * one's limit. The table of keys is bounded: past `maxKeys` the windows that ended are dropped, and
 * if all are live the oldest go first, so a flood of addresses cannot grow memory without end.
 */
import { RateLimitedError } from "./errors.js";

export interface MemoryLimit {
  limit: number;
  windowSeconds: number;
  maxKeys?: number;
}

function memoryRateLimit({ limit, windowSeconds, maxKeys = 10_000 }: MemoryLimit) {
  const windows = new Map<string, { start: number; count: number }>();
  const windowMs = windowSeconds * 1000;

  function prune(now: number) {
    for (const [key, window] of windows) if (now - window.start >= windowMs) windows.delete(key);
    // Maps iterate in insertion order: the first keys are the oldest windows.
    for (const key of windows.keys()) {
      if (windows.size < maxKeys) break;
      windows.delete(key);
    }
  }

  /** Counts one attempt for the key; throws RateLimitedError (with when to retry) past the limit. */
  return function countAttempt(key: string, what: string, now: number = Date.now()): void {
    let window = windows.get(key);
    if (!window || now - window.start >= windowMs) {
      windows.delete(key);
      if (windows.size >= maxKeys) prune(now);
      window = { start: now, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count > limit)
      throw new RateLimitedError(what, Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)));
  };
}

/**
 * One limiter per owner (an app's configuration or database: tests start several apps in one
 * process, and one app's attempts must not count against another's), made on first use.
 */
export function memoryRateLimitPer<Owner extends object>(limitOf: (owner: Owner) => MemoryLimit) {
  const limiters = new WeakMap<Owner, ReturnType<typeof memoryRateLimit>>();
  return function limiterOf(owner: Owner) {
    let limiter = limiters.get(owner);
    if (!limiter) {
      limiter = memoryRateLimit(limitOf(owner));
      limiters.set(owner, limiter);
    }
    return limiter;
  };
}
