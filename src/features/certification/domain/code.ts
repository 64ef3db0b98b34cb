/**
 * The verification code on a certificate: 20 characters of Crockford's base 32 (no I, L, O or U),
 * 5 random bits each, 100 bits in all, drawn from the operating system's generator. Nobody can
 * guess a valid one (2^100 codes for a few thousand certificates), so the public page needs no
 * list to protect. Printed in groups of four; typed back in any case, with or without dashes, and
 * with I, L and O read as 1, 1 and 0, as Crockford intends.
 */
import { randomInt } from "node:crypto";

export const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 20;

export function newCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** "ABCD-EFGH-…" for print and screen. */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)!.join("-");
}

/**
 * The stored form of what someone typed or scanned, or null when it cannot be a code. The page
 * still looks null up (as a code that matches nothing), so a malformed code takes as long and
 * gets the same answer as an unknown or revoked one.
 */
export function normaliseCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  return code.length === CODE_LENGTH && [...code].every((ch) => ALPHABET.includes(ch)) ? code : null;
}

/** The longest text the check page shows back as typed: a printed code (24) with room for slips. */
const MAX_SHOWN_AGAIN = 40;

/**
 * What the check's form holds again on an unknown code's page, so a typing slip can be corrected
 * rather than typed anew: a code in print's groups, else the text as typed, or nothing when it is
 * too long to be a slip (a made-up path, which would also make a long key for the page cache).
 */
export function codeShownAgain(input: string): string {
  const code = normaliseCode(input);
  if (code) return formatCode(code);
  const typed = input.trim();
  return typed.length <= MAX_SHOWN_AGAIN ? typed : "";
}
