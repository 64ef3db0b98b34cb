/**
 * Authenticator-app secrets at rest, sealed with SECRET_KEY (always set, see
 * config.ts) with AES-256-GCM (key derived with HKDF), so a copy of the database
 * alone gives no codes. Secrets stored in plain text by older versions, which ran
 * without a key, are still read.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { purposeKey } from "../../lib/keyed-hash.js";

const PREFIX = "enc:v1:";

const PURPOSE = "second-factor secret";

/** The stored form of a secret. */
export function sealSecret(plain: string, secretKey: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", purposeKey(secretKey, PURPOSE), iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url");
}

/** The secret from its stored form; throws when it was sealed and the key is missing or wrong. */
export function openSecret(stored: string, secretKey: string | undefined): string {
  if (!stored.startsWith(PREFIX)) return stored;
  if (!secretKey) throw new Error("A second-factor secret is encrypted, but SECRET_KEY is not set.");
  const bytes = Buffer.from(stored.slice(PREFIX.length), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", purposeKey(secretKey, PURPOSE), bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
}
