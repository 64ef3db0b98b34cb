/** Maps typed errors to pages in the user's language; unexpected errors are logged, never shown. */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "./env.js";
import { translator, negotiateLocale, type MessageKey, type Translate } from "./i18n/index.js";
import { renderPage } from "./layout.js";
import { isDatabaseUnavailable } from "../db/connections.js";
import { offerRetry } from "./retry.js";
import {
  ConflictError,
  ForbiddenError,
  FormTokenError,
  NotFoundError,
  RateLimitedError,
  UnreadableFormError,
} from "./errors.js";
import { BackLink } from "./components/back-link.js";

type Status = 400 | 403 | 404 | 409 | 413 | 429 | 500 | 503;

function classify(error: Error): { status: Status; title: MessageKey; body: MessageKey } {
  if (error instanceof NotFoundError)
    return { status: 404, title: "error.notFound.title", body: "error.notFound.body" };
  if (error instanceof ForbiddenError)
    return { status: 403, title: "error.forbidden.title", body: "error.forbidden.body" };
  if (error instanceof RateLimitedError)
    return { status: 429, title: "error.rateLimited.title", body: "error.rateLimited.body" };
  if (isDatabaseUnavailable(error))
    return { status: 503, title: "error.unavailable.title", body: "error.unavailable.body" };
  if (error instanceof FormTokenError)
    return { status: 400, title: "error.formToken.title", body: "error.formToken.body" };
  if (error instanceof UnreadableFormError)
    return { status: 400, title: "error.formToken.title", body: "error.unreadableForm" };
  if (error instanceof ConflictError) return { status: 409, title: "error.server.title", body: "error.conflict" };
  if (error instanceof HTTPException) {
    if (error.status === 403)
      return {
        status: 403,
        title: "error.forbidden.title",
        body: error.message === "csrf" ? "error.csrf" : "error.forbidden.body",
      };
    if (error.status === 404) return { status: 404, title: "error.notFound.title", body: "error.notFound.body" };
    if (error.status === 413) return { status: 413, title: "error.tooLarge.title", body: "error.tooLarge.body" };
    if (error.status === 400) return { status: 400, title: "error.server.title", body: "error.invalid" };
  }
  return { status: 500, title: "error.server.title", body: "error.server.body" };
}

export function errorPage(error: Error, c: Context<AppEnv>) {
  const { status, title, body } = classify(error);
  if (status === 500) (c.var.log ?? console).error({ err: error }, "unhandled error");
  if (status === 503) {
    // The lost connection itself is logged where it is noticed; the failed query may carry personal data.
    (c.var.log ?? console).warn("database unavailable during a request");
    c.header("Retry-After", "5");
  }
  // What was sent may be personal: only that it could not be read, and as what.
  if (error instanceof UnreadableFormError)
    (c.var.log ?? console).warn({ contentType: contentTypeOf(c) }, "unreadable form body");
  if (error instanceof RateLimitedError) c.header("Retry-After", String(error.retryAfter));
  ensureLocale(c);
  offerRetry(c, error);
  return renderPage(c, { title: c.var.t(title), children: <Message t={c.var.t} title={title} body={body} /> }, status);
}

export function notFoundPage(c: Context<AppEnv>) {
  ensureLocale(c);
  const page = <Message t={c.var.t} title="error.notFound.title" body="error.notFound.body" />;
  return renderPage(c, { title: c.var.t("error.notFound.title"), children: page }, 404);
}

/** The media type a request named, without its parameters (a boundary is not for the log). */
function contentTypeOf(c: Context<AppEnv>): string {
  return (c.req.header("content-type") ?? "").split(";")[0]!.trim().slice(0, 100);
}

/** Errors can happen before the locale middleware ran; fall back to the browser's language. */
function ensureLocale(c: Context<AppEnv>) {
  if (c.get("t") as Translate | undefined) return;
  const locale = negotiateLocale(c.req.header("accept-language"));
  c.set("locale", locale);
  c.set("t", translator(locale));
  c.set("viewer", c.var.viewer ?? null);
  c.set("csrfToken", c.var.csrfToken ?? "");
}

function Message({ t, title, body }: { t: Translate; title: MessageKey; body: MessageKey }) {
  return (
    <section class="narrow">
      <h1>{t(title)}</h1>
      <p>{t(body)}</p>
      <BackLink href="/" label={t("error.backHome")} />
    </section>
  );
}
