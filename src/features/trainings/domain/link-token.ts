/**
 * The token in a registration's links (confirm, cancel): HMAC-SHA256 of the registration's id under
 * a key derived from SECRET_KEY for this purpose only. The database keeps only its SHA-256 hash
 * (to find the registration), yet any mail about the registration can carry the same links again,
 * such as the one that says a place came free.
 */
import { createHmac, hkdfSync } from "node:crypto";

/**
 * How long a confirmation link holds; unconfirmed registrations are deleted after it (jobs.ts),
 * which the confirmation mail tells someone who did not register.
 */
export const CONFIRM_HOURS = 48;

function keyFrom(secretKey: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secretKey, "samen", "training registration link", 32));
}

export function linkToken(secretKey: string, registrationId: string): string {
  return createHmac("sha256", keyFrom(secretKey)).update(registrationId).digest("base64url");
}
