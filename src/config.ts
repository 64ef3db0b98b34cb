/**
 * Configuration: the only reader of process.env. Parsed once with zod so a
 * misconfigured deployment fails at start with a clear message, not later.
 */
import { z } from "zod";

const boolean = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z.string().url().optional(),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Samen <noreply@samen.example>"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(60),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  COOKIE_SECURE: boolean.optional(),
  DEMO: boolean.default(true),
  ANONYMITY_THRESHOLD: z.coerce.number().int().min(5).default(5),
  /** Encrypts second-factor secrets at rest (AES-256-GCM); at least 32 characters. */
  SECRET_KEY: z.string().min(32).optional(),
});

export type Config = z.infer<typeof envSchema> & {
  publicUrl: string;
  secureCookies: boolean;
  production: boolean;
};

/** Reads and validates the environment; throws with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  const production = c.NODE_ENV === "production";
  return {
    ...c,
    production,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ""),
    secureCookies: c.COOKIE_SECURE ?? production,
  };
}
