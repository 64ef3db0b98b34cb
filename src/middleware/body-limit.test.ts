/**
 * Body limits per path: the form limit everywhere, an upload's own limit on its exact path or on
 * a path with parameters (`/news/:postId/edit`), which matches one segment per parameter only.
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { describe, expect, it } from "vitest";
import { bodyLimits, MAX_FORM_BYTES } from "./body-limit.js";

const large = bodyLimit({ maxSize: 2 * MAX_FORM_BYTES, onError: (c) => c.text("too large for the upload", 413) });

function appWith(own: Record<string, typeof large>) {
  const app = new Hono();
  app.use(bodyLimits(own));
  app.post("*", async (c) => c.text(String((await c.req.text()).length)));
  app.onError((error, c) => c.text("refused", error instanceof HTTPException ? error.status : 500));
  return app;
}

const post = (app: Hono, path: string, bytes: number) =>
  app.request(path, { method: "POST", body: "x".repeat(bytes), headers: { "content-length": String(bytes) } });

describe("body limits", () => {
  const app = appWith({ "/organisation/import": large, "/news/:postId/edit": large });
  const between = MAX_FORM_BYTES + 1000;

  it("give an exact path and a path with a parameter their own limit", async () => {
    expect((await post(app, "/organisation/import", between)).status).toBe(200);
    expect((await post(app, "/news/0b8c6a52-1d8e-4a57-9d0e-5d3c1b2a9f10/edit", between)).status).toBe(200);
    expect((await post(app, "/news/abc/edit", 3 * MAX_FORM_BYTES)).status).toBe(413);
  });

  it("keep the form limit everywhere else, also on paths that only look alike", async () => {
    expect((await post(app, "/news/new", between)).status).toBe(413);
    expect((await post(app, "/news/a/b/edit", between)).status).toBe(413);
    expect((await post(app, "/news/abc/edit/more", between)).status).toBe(413);
    expect((await post(app, "/xnews/abc/edit", between)).status).toBe(413);
    expect((await post(app, "/news/abc/edit", 10)).status).toBe(200);
  });
});
