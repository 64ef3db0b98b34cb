/**
 * The HTTP server for the app, with the time a client has to send its request. Node's default
 * gives a request five minutes (a place at the upload gate, a connection, a parsed half-form held
 * that long) and looks only every 30 s. REQUEST_TIMEOUT_SECONDS (120) fits a request with files of
 * UPLOAD_MAX_MB (25) on a line that sends 1.7 Mbit/s (25 MB × 8 / 120 s), slower than most home and
 * mobile uploads; a slower sender gets 408 and what it sent is dropped. The limit is on receiving
 * the request only: a response may take as long as it takes.
 */
import { createAdaptorServer } from "@hono/node-server";
import type { Server } from "node:http";
import type { Config } from "./config.js";

/** Headers come first and are small: they get at most this long, within the request's time. */
const HEADERS_MS = 20_000;
/** How often Node looks for requests past their time: they end at most this much later. */
const CHECK_MS = 1_000;

type Fetch = Parameters<typeof createAdaptorServer>[0]["fetch"];

export function createHttpServer(fetch: Fetch, config: Config): Server {
  const requestTimeout = config.REQUEST_TIMEOUT_SECONDS * 1000;
  return createAdaptorServer({
    fetch,
    hostname: config.HOST,
    serverOptions: {
      requestTimeout,
      headersTimeout: Math.min(HEADERS_MS, requestTimeout),
      connectionsCheckingInterval: CHECK_MS,
    },
  }) as Server;
}
