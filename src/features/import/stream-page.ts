/**
 * A page sent in pieces while the server works: the layout up to a marker,
 * then whatever the work writes, then the rest of the layout. The browser
 * shows each piece as it arrives, so a long import can show progress without
 * JavaScript (no script is allowed inline by the CSP anyway) and without a
 * polling page, which on the embedded database would wait for the import's
 * transaction to finish before it could answer.
 */
import { setImmediate } from "node:timers/promises";
import type { Context } from "hono";
import { raw } from "hono/html";
import { stream } from "hono/streaming";
import type { Child } from "hono/jsx";
import type { AppEnv } from "../../web/env.js";
import { renderPage } from "../../web/layout.js";

const MARKER = "<!--samen:stream-->";

/** Put this where the streamed content goes. */
export const streamSlot = raw(MARKER);

export type Write = (html: string) => Promise<void>;

export async function streamPage(
  c: Context<AppEnv>,
  props: { title: string; children: Child },
  work: (write: Write) => Promise<void>,
): Promise<Response> {
  const page = await (await renderPage(c, props)).text();
  const at = page.indexOf(MARKER);
  if (at === -1) throw new Error("streamPage: the page has no streamSlot");
  c.header("Content-Type", "text/html; charset=UTF-8");
  c.header("Cache-Control", "no-store");
  // Asks nginx-style proxies to pass the pieces on at once instead of collecting the whole page.
  c.header("X-Accel-Buffering", "no");
  return stream(c, async (out) => {
    // A closed tab makes writes fail silently (hono's stream); the work goes on and finishes.
    const write: Write = async (html) => {
      await out.write(html);
      // PGlite answers queries without ever returning to the event loop, so a running import
      // would keep the socket from sending anything until it ends; this lets the piece go out.
      await setImmediate();
    };
    await write(page.slice(0, at));
    try {
      await work(write);
    } finally {
      await write(page.slice(at + MARKER.length));
    }
  });
}
