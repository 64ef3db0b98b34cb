/** Staff passwords, hashed with argon2id (OWASP's recommended parameters). */
import { hash, verify } from "@node-rs/argon2";
import { newToken } from "./tokens.js";

const options = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/** A hash of a random password with the same parameters, made once: what an address without a password is checked against. */
export function decoyPasswordHash(): Promise<string> {
  return (decoy ??= hashPassword(newToken()));
}

/**
 * Checks a password against the stored hash, or against the decoy when there is none (an unknown
 * address, an account without a password): the same argon2 work either way, so the time of the
 * answer tells nobody whether the address has an account or a password.
 */
export async function verifyPasswordOrDecoy(stored: string | null | undefined, password: string): Promise<boolean> {
  const matches = await verifyPassword(stored ?? (await decoyPasswordHash()), password);
  return matches && Boolean(stored);
}
