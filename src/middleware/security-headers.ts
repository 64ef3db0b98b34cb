/** Security headers: a strict CSP (no inline script or style), no framing, no referrer. */
import { createMiddleware } from "hono/factory";
import { secureHeaders } from "hono/secure-headers";

const CSP = "Content-Security-Policy";

/**
 * The headers on every response; a response that set a stricter policy of its own (an
 * attachment's sandbox, src/attachments/download.ts) keeps it, where secureHeaders would replace it.
 */
export function securityHeaders(production: boolean) {
  const headers = defaultHeaders(production);
  return createMiddleware(async (c, next) => {
    let own: string | null = null;
    await headers(c, async () => {
      await next();
      own = c.res.headers.get(CSP);
    });
    if (own) c.res.headers.set(CSP, own);
  });
}

function defaultHeaders(production: boolean) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      objectSrc: ["'none'"],
    },
    // Sign-in links carry a token in the URL: never send it to another site. Not
    // "no-referrer": that makes browsers send `Origin: null`, defeating the origin check.
    referrerPolicy: "same-origin",
    xFrameOptions: "DENY",
    xContentTypeOptions: "nosniff",
    strictTransportSecurity: production ? "max-age=31536000; includeSubDomains" : false,
    crossOriginEmbedderPolicy: false,
  });
}
