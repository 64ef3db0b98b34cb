import { describe, expect, it } from "vitest";
import { deriveKey, keyedDigest, macMatches, purposeKey } from "./keyed-hash.js";

const secret = "a-secret-key-of-at-least-32-characters";

describe("keyed hashes", () => {
  it("derives a key per secret and purpose once, the same as deriving it again", () => {
    const key = purposeKey(secret, "one purpose");
    expect(purposeKey(secret, "one purpose")).toBe(key);
    expect(key).toEqual(deriveKey(secret, "one purpose"));
    expect(purposeKey(secret, "another purpose")).not.toEqual(key);
    expect(purposeKey(`${secret}!`, "one purpose")).not.toEqual(key);
  });

  it("compares a MAC from a link with the expected one, whatever its length", () => {
    const mac = keyedDigest(purposeKey(secret, "one purpose"), "message");
    expect(macMatches(mac.toString("base64url"), mac)).toBe(true);
    expect(macMatches(keyedDigest(secret, "message", "base64url"), mac)).toBe(false);
    expect(macMatches(mac.subarray(1).toString("base64url"), mac)).toBe(false);
    expect(macMatches("", mac)).toBe(false);
  });
});
