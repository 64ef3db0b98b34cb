/**
 * Keys derived from a secret and keyed hashes (HMAC-SHA256) under them. Each use of SECRET_KEY
 * names its purpose and gets a key of its own (HKDF-SHA256, salt "samen", the purpose as info),
 * so what is made for one purpose is worth nothing for another. Stored and mailed values depend
 * on these derivations byte for byte (tests/security/stored-keyed-hashes.test.ts).
 */
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/** The 32-byte key for a purpose; not kept, for secrets that are many (such as a link's token). */
export function deriveKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "samen", purpose, 32));
}

/** Per secret, per purpose. A process has one SECRET_KEY (tests a handful), so this stays small. */
const derived = new Map<string, Map<string, Buffer>>();

/** deriveKey for SECRET_KEY, derived once per purpose: HKDF on every link, vote or code costs. */
export function purposeKey(secretKey: string, purpose: string): Buffer {
  let keys = derived.get(secretKey);
  if (!keys) derived.set(secretKey, (keys = new Map()));
  let key = keys.get(purpose);
  if (!key) keys.set(purpose, (key = deriveKey(secretKey, purpose)));
  return key;
}

/** HMAC-SHA256 of the message under the key: the bytes, or encoded. */
export function keyedDigest(key: string | Buffer, message: string): Buffer;
export function keyedDigest(key: string | Buffer, message: string, encoding: "base64url" | "hex"): string;
export function keyedDigest(key: string | Buffer, message: string, encoding?: "base64url" | "hex"): Buffer | string {
  const hmac = createHmac("sha256", key).update(message);
  return encoding ? hmac.digest(encoding) : hmac.digest();
}

/** Whether a MAC from outside (base64url, as links carry it) is the expected one, in constant time. */
export function macMatches(given: string, expected: Buffer): boolean {
  const bytes = Buffer.from(given, "base64url");
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
}
