/**
 * The token in a registration's links (confirm, cancel): HMAC-SHA256 of the registration's id under
 * a key derived from SECRET_KEY for this purpose only. The database keeps only its SHA-256 hash
 * (to find the registration), yet any mail about the registration can carry the same links again,
 * such as the one that says a place came free.
 */
import { keyedDigest, purposeKey } from "../../../lib/keyed-hash.js";

/**
 * How long a confirmation link holds; unconfirmed registrations are deleted after it (jobs.ts),
 * which the confirmation mail tells someone who did not register.
 */
export const CONFIRM_HOURS = 48;

export function linkToken(secretKey: string, registrationId: string): string {
  return keyedDigest(purposeKey(secretKey, "training registration link"), registrationId, "base64url");
}
