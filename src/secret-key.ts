/**
 * The development SECRET_KEY: without one in the environment (never in production,
 * see config.ts), a random key is kept in DATA_DIR/secret-key, made on first start
 * and read on every later one, so second-factor secrets and ballot keys are never
 * stored in plain text, not even on a laptop.
 */
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

export const SECRET_KEY_FILE = "secret-key";

/** The key in dataDir/secret-key, created (readable by this user only) when it is missing. */
export function developmentSecretKey(dataDir: string): string {
  const file = path.join(dataDir, SECRET_KEY_FILE);
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    // O_EXCL: two processes starting at once (server and CLI) agree on one key.
    fs.writeFileSync(file, randomBytes(48).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const key = fs.readFileSync(file, "utf8").trim();
  if (key.length < 32) throw new Error(`${file} holds no valid key (32+ characters); remove it or set SECRET_KEY.`);
  return key;
}
