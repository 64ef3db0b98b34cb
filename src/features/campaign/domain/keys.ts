/**
 * The keys the campaign keeps instead of an address. An address becomes its e-mail key, an
 * HMAC-SHA256 under a key derived from SECRET_KEY for this purpose only: the same address always
 * gives the same key (so a second endorsement finds the first, and rate limits count per address),
 * and a database reader cannot test a list of addresses against it without the secret. The
 * withdrawal link carries the e-mail key and a second HMAC over it, so it needs no stored state,
 * works from every mail an address got, and cannot be made for another address.
 */
import { keyedDigest, macMatches, purposeKey } from "../../../lib/keyed-hash.js";

/** The lower-cased, trimmed address's key. */
export function emailKeyOf(secretKey: string, email: string): string {
  return keyedDigest(purposeKey(secretKey, "campaign e-mail"), email.trim().toLowerCase(), "base64url");
}

function withdrawMac(secretKey: string, emailKey: string): Buffer {
  return keyedDigest(purposeKey(secretKey, "campaign withdrawal"), emailKey);
}

/** The token of the withdrawal link for an address's key. */
export function withdrawToken(secretKey: string, emailKey: string): string {
  return `${emailKey}.${withdrawMac(secretKey, emailKey).toString("base64url")}`;
}

/** The e-mail key a withdrawal token was made for; null for anything else. */
export function readWithdrawToken(secretKey: string, token: string): string | null {
  const [emailKey, signature, ...rest] = token.split(".");
  if (!emailKey || !signature || rest.length > 0 || token.length > 200) return null;
  return macMatches(signature, withdrawMac(secretKey, emailKey)) ? emailKey : null;
}
