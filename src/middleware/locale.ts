/**
 * Chooses the language: the user's setting, else a chosen-language cookie, else Accept-Language;
 * and the words: childcare's in a preschool or daycare the viewer works in now, else a school's.
 */
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { chooseLocale, LANGUAGE_COOKIE, translator, wordingOf } from "../web/i18n/index.js";
import type { AppEnv } from "../web/env.js";

export const locale = createMiddleware<AppEnv>(async (c, next) => {
  const value = chooseLocale(c.var.viewer?.locale ?? getCookie(c, LANGUAGE_COOKIE), c.req.header("accept-language"));
  c.set("locale", value);
  const wording = wordingOf(c.var.viewer?.current?.orgType);
  c.set("wording", wording);
  c.set("t", translator(value, wording));
  c.header("Content-Language", value);
  await next();
});

/**
 * A page that serves one organisation whoever opens it (a questionnaire's link, opened without an
 * account or by someone who works elsewhere) speaks that organisation's words, not the viewer's.
 */
export function speakFor(c: Context<AppEnv>, orgType: string | null | undefined): void {
  c.set("wording", wordingOf(orgType));
  c.set("t", translator(c.var.locale, c.var.wording));
}
