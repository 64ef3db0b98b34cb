/** Chooses the language: the user's setting, else a chosen-language cookie, else Accept-Language. */
import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { isLocale, negotiateLocale, translator } from "../web/i18n/index.js";
import type { AppEnv } from "../web/env.js";

export const locale = createMiddleware<AppEnv>(async (c, next) => {
  const chosen = c.var.viewer?.locale ?? getCookie(c, "samen_lang");
  const value = isLocale(chosen) ? chosen : negotiateLocale(c.req.header("accept-language"));
  c.set("locale", value);
  c.set("t", translator(value));
  c.header("Content-Language", value);
  await next();
});
