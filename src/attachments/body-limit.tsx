/**
 * The body limit of a form that carries attachments: room for the most files at the largest
 * size, plus the form around them. A body larger than that is refused unread (413) with a page
 * that says what to do; a single file too large within it is refused by upload.ts, which names
 * the file beside the form.
 */
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import { MAX_FORM_BYTES } from "../middleware/body-limit.js";
import type { AppEnv } from "../web/env.js";
import { renderPage } from "../web/layout.js";
import { attachmentLimits } from "./upload.js";

function tooLargePage(c: Context<AppEnv>, maxMb: number) {
  const t = c.var.t;
  const title = t("attachments.error.uploadTooLarge.title");
  const page = (
    <section class="narrow">
      <h1>{title}</h1>
      <p>{t("attachments.error.uploadTooLarge", { maxMb })}</p>
    </section>
  );
  return renderPage(c, { title, children: page }, 413);
}

export const attachmentBodyLimit = createMiddleware<AppEnv>((c, next) => {
  const limits = attachmentLimits(c);
  const maxMb = limits.maxBytes / (1024 * 1024);
  return bodyLimit({
    maxSize: limits.maxFiles * limits.maxBytes + MAX_FORM_BYTES,
    onError: (c) => tooLargePage(c as Context<AppEnv>, maxMb),
  })(c, next);
});
