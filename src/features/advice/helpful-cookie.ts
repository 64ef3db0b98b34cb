/**
 * The cookie in which a browser without an account keeps its answers to "was this helpful?": the
 * questions it answered and how, "slug:y,slug:n" (the newest last), so that answering again replaces
 * its answer. The server takes back the answer it names, so the list is signed (HMAC-SHA256 under a
 * key derived from SECRET_KEY for this purpose only): a list it did not write, made up or changed,
 * counts as none, and cannot take back other readers' answers.
 */
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "../../web/env.js";
import { keyedDigest, macMatches, purposeKey } from "../../lib/keyed-hash.js";

const HELPFUL_COOKIE = "samen_helpful";
/** The answers a browser keeps: its newest; an older one answered again counts again. */
const HELPFUL_KEPT = 100;

function signatureOf(secretKey: string, answers: string): Buffer {
  // 128 bits are plenty against guessing, and keep the cookie short.
  return keyedDigest(purposeKey(secretKey, "helpful answers cookie"), answers).subarray(0, 16);
}

/** This browser's answers by question, from its cookie; none when the server did not sign it. */
export function answersOf(c: Context<AppEnv>): Map<string, boolean> {
  const answers = new Map<string, boolean>();
  const value = getCookie(c, HELPFUL_COOKIE) ?? "";
  const dot = value.lastIndexOf(".");
  const expected = signatureOf(c.var.deps.config.SECRET_KEY, value.slice(0, dot));
  if (dot < 0 || !macMatches(value.slice(dot + 1), expected)) return answers;
  for (const entry of value.slice(0, dot).split(",")) {
    const [slug, answer] = entry.split(":");
    if (slug && (answer === "y" || answer === "n")) answers.set(slug, answer === "y");
  }
  return answers;
}

/** Keeps the answer to `slug` in the browser's cookie, signed. */
export function rememberAnswer(c: Context<AppEnv>, answers: Map<string, boolean>, slug: string, helpful: boolean) {
  answers.delete(slug);
  answers.set(slug, helpful);
  const value = [...answers]
    .slice(-HELPFUL_KEPT)
    .map(([s, yes]) => `${s}:${yes ? "y" : "n"}`)
    .join(",");
  const signature = signatureOf(c.var.deps.config.SECRET_KEY, value).toString("base64url");
  setCookie(c, HELPFUL_COOKIE, `${value}.${signature}`, {
    path: "/advice/faq",
    httpOnly: true,
    sameSite: "Lax",
    secure: c.var.deps.config.secureCookies,
    maxAge: 60 * 60 * 24 * 365,
  });
}
