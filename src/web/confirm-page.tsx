/** A destructive action's confirmation page (components/confirm.tsx) as a route renders it. */
import type { Context } from "hono";
import { ConfirmPage, type ConfirmProps } from "./components/confirm.js";
import type { AppEnv } from "./env.js";
import { renderPage } from "./layout.js";

/** What the page asks about; the request gives the translator and the form's token. */
export type Confirmation = Omit<ConfirmProps, "t" | "csrf">;

/** The page in the viewer's language, titled as its heading ("Weet je het zeker?") unless given a title. */
export function renderConfirmPage(c: Context<AppEnv>, ask: Confirmation, title = c.var.t("confirm.title")) {
  return renderPage(c, { title, children: <ConfirmPage t={c.var.t} csrf={c.var.csrfToken} {...ask} /> });
}
