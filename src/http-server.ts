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
import type { Duplex } from "node:stream";
import type { Config } from "./config.js";
import { translator } from "./web/i18n/index.js";

/** Headers come first and are small: they get at most this long, within the request's time. */
const HEADERS_MS = 20_000;
/** How often Node looks for requests past their time: they end at most this much later. */
const CHECK_MS = 1_000;

type Fetch = Parameters<typeof createAdaptorServer>[0]["fetch"];

export function createHttpServer(fetch: Fetch, config: Config): Server {
  const requestTimeout = config.REQUEST_TIMEOUT_SECONDS * 1000;
  const server = createAdaptorServer({
    fetch,
    hostname: config.HOST,
    serverOptions: {
      requestTimeout,
      headersTimeout: Math.min(HEADERS_MS, requestTimeout),
      connectionsCheckingInterval: CHECK_MS,
    },
  }) as Server;
  server.on("clientError", answerClientError);
  return server;
}

/** Node's own answers to a request it could not read, as its default handler sends them. */
const PLAIN: Record<string, string> = {
  HPE_CHUNK_EXTENSIONS_OVERFLOW: "413 Payload Too Large",
  ERR_HTTP_REQUEST_TIMEOUT: "408 Request Timeout",
};

/** Both languages: the headers that would name the reader's were not read. */
function addressTooLongPage(): string {
  const [nl, en] = [translator("nl"), translator("en")];
  return (
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"/>` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"/>` +
    `<title>${nl("error.addressTooLong.title")}</title><link rel="stylesheet" href="/static/styles.css"/></head>` +
    `<body><main class="narrow"><h1>${nl("error.addressTooLong.title")}</h1><p>${nl("error.addressTooLong.body")}</p>` +
    `<p><a href="/">${nl("error.backHome")}</a></p><div lang="en"><h2>${en("error.addressTooLong.title")}</h2>` +
    `<p>${en("error.addressTooLong.body")}</p><p><a href="/">${en("error.backHome")}</a></p></div></main></body></html>`
  );
}

/**
 * What Node does with a request it cannot read (listening replaces its default), except that an
 * address or headers over its limit (a long text pasted into a search field) get a page instead
 * of an empty answer the browser shows as a blank error.
 */
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  const sent = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (socket.writable && !sent) {
    if (error.code === "HPE_HEADER_OVERFLOW") {
      const page = Buffer.from(addressTooLongPage());
      const head =
        "HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: text/html; charset=utf-8\r\n" +
        `Content-Length: ${page.length}\r\nConnection: close\r\n\r\n`;
      // Ended, not destroyed at once: the page is sent in full before the connection closes.
      socket.end(Buffer.concat([Buffer.from(head), page]), () => socket.destroy());
      return;
    }
    socket.write(`HTTP/1.1 ${PLAIN[error.code ?? ""] ?? "400 Bad Request"}\r\nConnection: close\r\n\r\n`);
  }
  socket.destroy(error);
}
