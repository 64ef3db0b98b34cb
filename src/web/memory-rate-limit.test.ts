import { describe, expect, it } from "vitest";
import { RateLimitedError } from "./errors.js";
import { memoryRateLimit } from "./memory-rate-limit.js";

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
});
