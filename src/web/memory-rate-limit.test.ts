import { describe, expect, it } from "vitest";
import { RateLimitedError } from "./errors.js";
import { memoryRateLimitPer, type MemoryLimit } from "./memory-rate-limit.js";

/** A limiter of its own (one owner): each test starts with no attempts counted. */
const memoryRateLimit = (limit: MemoryLimit) => memoryRateLimitPer(() => limit)({});

describe("a rate limit in memory", () => {
  it("lets the limit through per key and window, then says when to retry", () => {
    const count = memoryRateLimit({ limit: 2, windowSeconds: 60 });
    count("a", "page", 0);
    count("a", "page", 1000);
    count("b", "page", 1000);
    const error = (() => {
      try {
        count("a", "page", 10_000);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfter).toBe(50);
    expect(() => count("a", "page", 60_000)).not.toThrow();
  });

  it("keeps at most maxKeys windows, dropping the oldest", () => {
    const count = memoryRateLimit({ limit: 1, windowSeconds: 60, maxKeys: 3 });
    for (const key of ["a", "b", "c", "d"]) count(key, "page", 0);
    // "a" was dropped to make room, so it starts a fresh window instead of being over its limit.
    expect(() => count("a", "page", 1)).not.toThrow();
    expect(() => count("d", "page", 1)).toThrow(RateLimitedError);
  });

  it("keeps one limiter per owner, made once: one app's attempts do not count against another's", () => {
    const limiterOf = memoryRateLimitPer((_: object) => ({ limit: 1, windowSeconds: 60 }));
    const one = {};
    const other = {};
    expect(limiterOf(one)).toBe(limiterOf(one));
    limiterOf(one)("a", "page", 0);
    expect(() => limiterOf(one)("a", "page", 1)).toThrow(RateLimitedError);
    expect(() => limiterOf(other)("a", "page", 1)).not.toThrow();
  });
});
