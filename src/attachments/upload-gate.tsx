/**
 * How many requests with files this process reads at once. Reading, checking and re-encoding a
 * request's files holds them in memory (decision 008), so without a cap a few people sending large
 * forms at once can take gigabytes: a person sends one such request at a time (429 for a second),
 * and the process reads at most UPLOADS_AT_ONCE (503 for one more). A refused request is not read;
 * the page says to try again shortly, and Retry-After says when. The count is per process, as the
 * memory it protects is. A place is held until the response, not only while the files are read
 * and stored: the parsed form, files and all, stays on the request (Hono's body cache) and the
 * checked files in the handler until it returns, so a place given back once they are stored would
 * let more bodies into memory than the cap; after storing comes only a redirect or the form again.
 * Only a signed-in person's request whose headers pass the CSRF check takes a place (the token
 * itself is in the body, read only behind the gate); a place is given back when the sender goes
 * away or takes longer than REQUEST_TIMEOUT_SECONDS (src/http-server.ts).
 */
import type { Context, MiddlewareHandler } from "hono";
import { every } from "hono/combine";
import { createMiddleware } from "hono/factory";
import { HTTPException } from "hono/http-exception";
import { csrfHeadersAllowed } from "../middleware/csrf.js";
import type { AppEnv } from "../web/env.js";
import type { MessageKey } from "../web/i18n/index.js";
import { requireViewer, viewerOf } from "../web/guards.js";
import { renderPage } from "../web/layout.js";

/** Seconds until a refused upload may well succeed: the time a large upload takes to read and check. */
export const UPLOAD_RETRY_SECONDS = 10;

/** The methods that carry no body to read; every other one passes the gate, not only POST. */
const withoutBody = new Set(["GET", "HEAD", "OPTIONS"]);

const sending = new Set<string>();
let reading = 0;

function busyPage(c: Context<AppEnv>, status: 429 | 503, body: MessageKey) {
  const t = c.var.t;
  const title = t("attachments.busy.title");
  c.header("Retry-After", String(UPLOAD_RETRY_SECONDS));
  const page = (
    <section class="narrow">
      <h1>{title}</h1>
      <p>{t(body, { seconds: UPLOAD_RETRY_SECONDS })}</p>
    </section>
  );
  return renderPage(c, { title, children: page }, status);
}

/**
 * Takes a place for a request with files when its sender and the process have room; `then` reads
 * it. Only a signed-in person's request that the CSRF check can still let through takes one:
 * anyone else could hold every place with requests that never send their body. Those are answered
 * from their headers (to sign-in, or 403), unread.
 */
export function uploadGate(then: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  const counted = createMiddleware<AppEnv>(async (c, next) => {
    if (!csrfHeadersAllowed(c)) throw new HTTPException(403, { message: "csrf" });
    const person = viewerOf(c).userId;
    if (sending.has(person)) return busyPage(c, 429, "attachments.busy.person");
    if (reading >= c.var.deps.config.UPLOADS_AT_ONCE) return busyPage(c, 503, "attachments.busy.server");
    sending.add(person);
    reading += 1;
    try {
      return await then(c, next);
    } finally {
      reading -= 1;
      sending.delete(person);
    }
  });
  const signedIn = every(requireViewer, counted);
  return (c, next) => (withoutBody.has(c.req.method) ? then(c, next) : signedIn(c, next));
}
