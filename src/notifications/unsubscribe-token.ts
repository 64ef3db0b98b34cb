/**
 * The token of an unsubscribe link: it names one person and one kind of notification and is
 * signed (HMAC-SHA256 under a key derived from SECRET_KEY for this purpose only), so it can do
 * nothing but switch that kind off for that person, needs no sign-in and no stored state, and
 * cannot be changed into another person's or another kind's. It is long and URL-safe, so the
 * request log replaces it (loggablePath) like every other token. "digest" stands for the daily
 * digest itself: unsubscribing from it switches off whatever the person gets in it.
 */
import { z } from "zod";
import { keyedDigest, macMatches, purposeKey } from "../lib/keyed-hash.js";

export const DIGEST = "digest";

export interface UnsubscribeSubject {
  userId: string;
  /** A declared kind's name, or DIGEST. */
  kind: string;
}

function mac(secretKey: string, payload: string): Buffer {
  return keyedDigest(purposeKey(secretKey, "unsubscribe link"), payload);
}

export function unsubscribeToken(secretKey: string, subject: UnsubscribeSubject): string {
  const payload = `${subject.userId}:${subject.kind}`;
  return `${Buffer.from(payload).toString("base64url")}.${mac(secretKey, payload).toString("base64url")}`;
}

const payloadShape = z.tuple([z.string().uuid(), z.string().min(1).max(100)]);

/** The person and kind a token was signed for; null for anything else (altered, truncated, made up). */
export function readUnsubscribeToken(secretKey: string, token: string): UnsubscribeSubject | null {
  const [encoded, signature, ...rest] = token.split(".");
  if (!encoded || !signature || rest.length > 0 || token.length > 400) return null;
  const payload = Buffer.from(encoded, "base64url").toString("utf8");
  if (!macMatches(signature, mac(secretKey, payload))) return null;
  const separator = payload.indexOf(":");
  const parsed = payloadShape.safeParse([payload.slice(0, separator), payload.slice(separator + 1)]);
  return parsed.success ? { userId: parsed.data[0], kind: parsed.data[1] } : null;
}
