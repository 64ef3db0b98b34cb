/**
 * Configuration: the only reader of process.env. Parsed once with zod so a
 * misconfigured deployment fails at start with a clear message, not later.
 */
import { z } from "zod";
import proxyaddr from "proxy-addr";
import { developmentSecretKey } from "./secret-key.js";

const boolean = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default("./data"),
  /** The owner role: migrations, the job queue, backup and restore. */
  DATABASE_URL: z.string().url().optional(),
  /** The role the app logs in as; by default DATABASE_URL as samen_app without a password. */
  DATABASE_APP_URL: z.string().url().optional(),
  /** Empty counts as unset: outside production the links then follow the address in use (src/middleware/public-url.ts). */
  PUBLIC_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional()),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Samen <noreply@samen.example>"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(60),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  COOKIE_SECURE: boolean.optional(),
  DEMO: boolean.default(true),
  ANONYMITY_THRESHOLD: z.coerce.number().int().min(5).default(5),
  /** Look-ups of certificate codes per client address per minute on the public verification page. */
  VERIFY_RATE_LIMIT: z.coerce.number().int().positive().default(60),
  /** The largest attachment (a photo or a PDF) a person may add, in MB, as uploaded. */
  ATTACHMENT_MAX_MB: z.coerce.number().int().min(1).max(100).default(10),
  /** The largest request with files (all attachments and the form around them), in MB. */
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(1000).default(25),
  /** Requests with files read at once by this process; one more waits for none and is refused. */
  UPLOADS_AT_ONCE: z.coerce.number().int().min(1).max(100).default(4),
  /** The time a request's headers and body must arrive in, in seconds (src/http-server.ts). */
  REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  /** Attachments a person may store per day, in MB, and an organisation altogether. */
  ATTACHMENT_DAILY_MB_PERSON: z.coerce.number().int().min(1).default(100),
  ATTACHMENT_DAILY_MB_ORG: z.coerce.number().int().min(1).default(1000),
  /** The largest file a school leader may import (a CSV export), in MB. */
  IMPORT_MAX_MB: z.coerce.number().int().min(1).max(100).default(5),
  /** Encrypts second-factor secrets and ballot keys at rest (AES-256-GCM); at least 32 characters. */
  SECRET_KEY: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(32).optional()),
  /**
   * The reverse proxies whose X-Forwarded-For is believed for the client's address (rate limits):
   * a number of hops, or names of ranges (loopback, linklocal, uniquelocal), addresses and CIDRs
   * separated by commas. Unset or empty: none, the socket's address counts.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return trustProxy(value);
      } catch {
        ctx.addIssue({ code: "custom", message: TRUST_PROXY_HELP });
        return z.NEVER;
      }
    }),
});

/** Whether the address at this hop (0: the socket) is a proxy that is trusted to name the one before it. */
export type TrustProxy = (address: string, hop: number) => boolean;

const TRUST_PROXY_HELP =
  "expected a number of proxies (hops) or a comma-separated list of loopback, linklocal, uniquelocal, " +
  "IP addresses and CIDR ranges (for example loopback or 10.0.0.0/8)";

/** TRUST_PROXY as proxy-addr reads it (as Express does); throws on a value it cannot read. */
function trustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? "";
  if (text === "") return () => false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(text.split(",").map((part) => part.trim()));
}

export type Config = Omit<z.infer<typeof envSchema>, "SECRET_KEY" | "TRUST_PROXY"> & {
  /** From the environment; outside production, when unset, from DATA_DIR/secret-key (src/secret-key.ts). */
  SECRET_KEY: string;
  publicUrl: string;
  secureCookies: boolean;
  production: boolean;
  /** From TRUST_PROXY: which hops of X-Forwarded-For are believed (src/web/client-ip.ts). */
  trustProxy: TrustProxy;
};

const MISSING_SECRET_KEY =
  "Invalid configuration:\n  SECRET_KEY: required when NODE_ENV=production. It encrypts second-factor secrets and " +
  "ballot keys at rest; set 32+ random characters (for example `openssl rand -base64 48`) and keep it with your backups.";

// Without DATABASE_URL the app runs on the embedded database, so DATABASE_APP_URL alone would be ignored without a word.
const APP_URL_WITHOUT_OWNER =
  "Invalid configuration:\n  DATABASE_APP_URL: set, but DATABASE_URL is not. DATABASE_APP_URL is the login the app uses on " +
  "a PostgreSQL server and only counts together with DATABASE_URL (the owner, for migrations); without DATABASE_URL " +
  "Samen would use its embedded database instead. Set DATABASE_URL as well, or remove DATABASE_APP_URL.";

/** Reads and validates the environment; throws with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  const production = c.NODE_ENV === "production";
  if (production && !c.SECRET_KEY) throw new Error(MISSING_SECRET_KEY);
  if (c.DATABASE_APP_URL && !c.DATABASE_URL) throw new Error(APP_URL_WITHOUT_OWNER);
  const { TRUST_PROXY, ...rest } = c;
  return {
    ...rest,
    trustProxy: TRUST_PROXY,
    SECRET_KEY: c.SECRET_KEY ?? developmentSecretKey(c.DATA_DIR),
    production,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ""),
    secureCookies: c.COOKIE_SECURE ?? production,
  };
}
