/**
 * Encryption for the sealed box (docs/measurement-anonymity.md): AES-256-GCM
 * with a random nonce. Ballots are sealed with a random key per measurement,
 * itself sealed with SECRET_KEY (keys stored "raw:" by older versions that ran
 * without one are still read); drafts with a key
 * derived from the personal link's token, which the server never stores.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { deriveKey, purposeKey } from "../../../lib/keyed-hash.js";

const NONCE = 12;
const TAG = 16;

export function seal(key: Buffer, plain: string | Buffer): string {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  const bytes = typeof plain === "string" ? Buffer.from(plain, "utf8") : plain;
  const body = Buffer.concat([cipher.update(bytes), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), body]).toString("base64url");
}

/** Throws when the text was not sealed with this key or was changed. */
export function unseal(key: Buffer, sealed: string): string {
  const bytes = Buffer.from(sealed, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, NONCE));
  decipher.setAuthTag(bytes.subarray(NONCE, NONCE + TAG));
  return Buffer.concat([decipher.update(bytes.subarray(NONCE + TAG)), decipher.final()]).toString("utf8");
}

const WRAPPED = "enc:";
const PLAIN = "raw:";

/** A new ballot key, in the form stored with the measurement. */
export function newBallotKey(secretKey: string): string {
  const key = randomBytes(32).toString("base64url");
  return WRAPPED + seal(purposeKey(secretKey, "measurement ballot key"), key);
}

export function ballotKey(stored: string, secretKey: string | undefined): Buffer {
  if (stored.startsWith(PLAIN)) return Buffer.from(stored.slice(PLAIN.length), "base64url");
  if (!secretKey) throw new Error("The ballots are encrypted, but SECRET_KEY is not set.");
  const key = unseal(purposeKey(secretKey, "measurement ballot key"), stored.slice(WRAPPED.length));
  return Buffer.from(key, "base64url");
}

/** The key of a respondent's draft: only whoever holds the link can read it. */
export function draftKey(token: string): Buffer {
  return deriveKey(token, "measurement draft");
}
