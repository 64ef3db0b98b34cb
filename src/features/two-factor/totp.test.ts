import { describe, expect, it } from "vitest";
import { TOTP, Secret } from "otpauth";
import { groupSecret, matchCode, newTotpSecret, totpUri } from "./totp.js";
import { openSecret, sealSecret } from "./secret-box.js";

const codeAt = (secret: string, timestamp: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp });

describe("authenticator-app codes", () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 8, 1, 8, 0, 15);
  const step = Math.floor(now / 30_000);

  it("accepts the current code and one step either side, and names the step", () => {
    expect(matchCode(secret, codeAt(secret, now), now)).toBe(step);
    expect(matchCode(secret, codeAt(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchCode(secret, codeAt(secret, now + 30_000), now)).toBe(step + 1);
  });

  it("refuses a code two steps away and a code of another secret", () => {
    expect(matchCode(secret, codeAt(secret, now - 60_000), now)).toBeNull();
    expect(matchCode(secret, codeAt(newTotpSecret(), now), now)).toBeNull();
  });

  it("makes a 160-bit secret, an otpauth address for the QR code, and groups of four to type", () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(totpUri(secret, "juf@school.nl")).toMatch(/^otpauth:\/\/totp\/Samen:juf%40school\.nl\?.*secret=/);
    expect(groupSecret("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });
});

describe("secrets at rest", () => {
  const key = "a-secret-key-of-at-least-32-characters!";

  it("seals with AES-256-GCM when a key is set, and opens again", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", key);
    expect(sealed).toMatch(/^enc:v1:/);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(openSecret(sealed, key)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("still reads a secret stored in plain text by a version that ran without a key", () => {
    expect(openSecret("JBSWY3DPEHPK3PXP", key)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("refuses to open with a wrong or missing key", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", key);
    expect(() => openSecret(sealed, "another-key-that-is-also-32-characters")).toThrow();
    expect(() => openSecret(sealed, undefined)).toThrow(/SECRET_KEY/);
  });
});
