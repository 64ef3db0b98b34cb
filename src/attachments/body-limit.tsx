/**
 * The body limit of a form that carries attachments: UPLOAD_MAX_MB for the whole request (files and
 * the form around them), far below the most files at the largest size, so that one request cannot
 * hold hundreds of MB in memory (decision 008). A body larger than that is refused unread (413):
 * by its Content-Length before a byte is read, or at the first byte too many of a chunked body,
 * with a page that says what to do; a single file too large within it is refused by upload.ts,
 * which names the file beside the form. The upload gate comes first: signed in and past the CSRF
 * check's headers, one request with files per person, and a few per process.
 */
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../web/env.js";
import { renderPage } from "../web/layout.js";
import { uploadGate } from "./upload-gate.js";

const MB = 1024 * 1024;

function tooLargePage(c: Context<AppEnv>) {
  const t = c.var.t;
  const title = t("attachments.error.uploadTooLarge.title");
  const { ATTACHMENT_MAX_MB: maxMb, UPLOAD_MAX_MB: totalMb } = c.var.deps.config;
  const page = (
    <section class="narrow">
      <h1>{title}</h1>
      <p>{t("attachments.error.uploadTooLarge", { maxMb, totalMb })}</p>
    </section>
  );
  return renderPage(c, { title, children: page }, 413);
}

export const attachmentBodyLimit = uploadGate((c, next) =>
  bodyLimit({
    maxSize: c.var.deps.config.UPLOAD_MAX_MB * MB,
    onError: (c) => tooLargePage(c as Context<AppEnv>),
  })(c, next),
);
