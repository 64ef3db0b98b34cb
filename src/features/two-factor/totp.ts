/**
 * Authenticator-app codes (TOTP, RFC 6238): 6 digits, 30 seconds, SHA-1, which
 * every common app supports. A code is accepted one step early or late, to
 * allow for a clock that is a little off.
 */
import { Secret, TOTP } from "otpauth";

const PERIOD = 30;

function totpFor(secret: string, label = ""): TOTP {
  return new TOTP({
    issuer: "Samen",
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

/** A new random secret (160 bits), base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address an app reads from the QR code. */
export function totpUri(secret: string, accountName: string): string {
  return totpFor(secret, accountName).toString();
}

/** The secret in groups of four, easier to type over. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}

/** The time step a correct code belongs to (within one step of now), or null. */
export function matchCode(secret: string, code: string, now = Date.now()): number | null {
  const delta = totpFor(secret).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : TOTP.counter({ period: PERIOD, timestamp: now }) + delta;
}
