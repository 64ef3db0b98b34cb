/** What the news routes share: the writer the viewer is, the values of a field sent several times. */
import type { Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { viewerOf } from "../../../web/guards.js";
import { mayManageNews } from "../policy.js";
import type { Writer } from "../service/writing.js";

export function writerOf(c: Context<AppEnv>): Writer {
  return { manager: mayManageNews(viewerOf(c)) };
}

/** Every text value of a field (checkboxes of one name). */
export async function valuesOf(c: Context<AppEnv>, name: string): Promise<string[]> {
  const body = await c.req.parseBody({ all: true });
  const value = body[name];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string" && v !== "");
}

export const mailDeps = (c: Context<AppEnv>) => ({ jobs: c.var.deps.jobs, publicUrl: c.var.deps.config.publicUrl });
