/**
 * Authenticator-app secrets at rest. With SECRET_KEY set they are sealed with
 * AES-256-GCM (key derived with HKDF), so a copy of the database alone gives no
 * codes; without it they are stored as they are (fine for a trial; a school
 * should set SECRET_KEY).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const PREFIX = "enc:v1:";

function keyFrom(secretKey: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secretKey, "samen", "second-factor secret", 32));
}

/** The stored form of a secret: sealed when a key is configured. */
export function sealSecret(plain: string, secretKey: string | undefined): string {
  if (!secretKey) return plain;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secretKey), iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url");
}

/** The secret from its stored form; throws when it was sealed and the key is missing or wrong. */
export function openSecret(stored: string, secretKey: string | undefined): string {
  if (!stored.startsWith(PREFIX)) return stored;
  if (!secretKey) throw new Error("A second-factor secret is encrypted, but SECRET_KEY is not set.");
  const bytes = Buffer.from(stored.slice(PREFIX.length), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", keyFrom(secretKey), bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
}
