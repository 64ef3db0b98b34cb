/** Chooses the language: the user's setting, else a chosen-language cookie, else Accept-Language. */
import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { chooseLocale, LANGUAGE_COOKIE, translator } from "../web/i18n/index.js";
import type { AppEnv } from "../web/env.js";

export const locale = createMiddleware<AppEnv>(async (c, next) => {
  const value = chooseLocale(c.var.viewer?.locale ?? getCookie(c, LANGUAGE_COOKIE), c.req.header("accept-language"));
  c.set("locale", value);
  c.set("t", translator(value));
  c.header("Content-Language", value);
  await next();
});
