/**
 * The upload gate over a real socket (decision 008): requests that never send their body cannot
 * hold the process's places for uploads. Only a signed-in person's request that the CSRF check can
 * still let through takes a place; a sender that goes away or is too slow gives its place back.
 * Nor can they hold the process by a method no page takes, or by a form the CSRF check refuses
 * from its headers: those are answered unread too.
 */
import { connect, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, useTestContext, type TestClient } from "../../tests/helpers/app.js";
import { createSchool } from "../../tests/helpers/factories.js";
import { withoutQuietHours } from "../features/messages/testing/fixtures.js";
import { createHttpServer } from "../http-server.js";

const ctx = useTestContext({ UPLOADS_AT_ONCE: "2", REQUEST_TIMEOUT_SECONDS: "2" });
const HERE = "http://localhost:3000";
let port = 0;
let server: ReturnType<typeof createHttpServer>;

beforeAll(async () => {
  server = createHttpServer(ctx.app.fetch, ctx.config);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

interface Held {
  socket: Socket;
  /** Once the request is written and the server had a moment to take it through the gate. */
  sent: Promise<void>;
  /** All the server sent until it closed the connection. */
  answer: Promise<string>;
}

/** A POST (or `method`) that declares a body of 1 MB and sends only its headers and `part` of it. */
function holdOpen(path: string, headers: Record<string, string> = {}, part = "", method = "POST"): Held {
  const socket = connect(port, "127.0.0.1");
  const lines = Object.entries({
    host: `127.0.0.1:${port}`,
    "content-type": "multipart/form-data; boundary=b",
    "content-length": "1000000",
    ...headers,
  }).map(([name, value]) => `${name}: ${value}`);
  const sent = new Promise<void>((resolve) =>
    socket.write(`${method} ${path} HTTP/1.1\r\n${lines.join("\r\n")}\r\n\r\n${part}`, () => setTimeout(resolve, 300)),
  );
  let received = "";
  socket.on("data", (chunk) => (received += chunk.toString()));
  const answer = new Promise<string>((resolve) => socket.on("close", () => resolve(received)));
  socket.on("error", () => {});
  return { socket, sent, answer };
}

const signedInHeaders = (client: TestClient, without?: string) => ({
  origin: HERE,
  cookie: [...client.cookies]
    .filter(([name]) => name !== without)
    .map(([name, value]) => `${name}=${value}`)
    .join("; "),
});

const aPartOfTheForm = (client: TestClient) =>
  `--b\r\ncontent-disposition: form-data; name="_csrf"\r\n\r\n${client.cookies.get("samen_csrf")}\r\n--b\r\n` +
  `content-disposition: form-data; name="files"; filename="brief.pdf"\r\ncontent-type: application/pdf\r\n\r\n%PDF-`;

function sendMessage(client: TestClient, childId: string) {
  const form = new FormData();
  form.set("pupilId", childId);
  form.set("subject", "Ziekmelding");
  form.set("body", "Mijn kind is ziek.");
  return client.postMultipart("/messages", form);
}

/** A school whose parent is signed in, holds a CSRF cookie and may send a message now. */
async function aParent() {
  const school = await createSchool(ctx.database.db);
  await withoutQuietHours(ctx, school);
  const parent = await signIn(ctx, school.parent.email);
  await parent.get("/messages");
  return { school, parent };
}

/** The status of the person's upload once it is not 429 (their other upload holds the place), within 10 s. */
async function onceFree(send: () => Promise<Response>) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { status } = await send();
    if (status !== 429 || Date.now() > deadline) return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("requests with files that never send their body", () => {
  it("take no place unless signed in and past the CSRF check's headers, and are answered unread", async () => {
    const { school, parent } = await aParent();
    const anonymous = [1, 2, 3, 4].map((n) => holdOpen(n % 2 ? "/messages" : "/news/new"));
    const withoutToken = holdOpen("/messages", signedInHeaders(parent, "samen_csrf"));
    const elsewhere = holdOpen("/messages", { ...signedInHeaders(parent), origin: "https://evil.example" });
    for (const held of anonymous) expect(await held.answer).toMatch(/^HTTP\/1\.1 303[^]*location: \/sign-in/i);
    expect(await withoutToken.answer).toMatch(/^HTTP\/1\.1 403/);
    expect(await elsewhere.answer).toMatch(/^HTTP\/1\.1 403/);
    expect((await sendMessage(parent, school.child.id)).status).toBe(303);
  });
});

describe("requests refused from their headers", () => {
  it("answer a method no page takes with not found, unread, signed in or not", async () => {
    const { parent } = await aParent();
    const held = ["PUT", "PATCH", "DELETE", "OPTIONS", "PROPFIND"].flatMap((method) => [
      holdOpen("/messages", {}, "", method),
      holdOpen("/news/new", signedInHeaders(parent), aPartOfTheForm(parent), method),
      holdOpen("/sign-in", {}, "", method),
    ]);
    // Unread: answered at once, not with 408 when the body never comes (REQUEST_TIMEOUT_SECONDS).
    for (const { answer } of held) expect(await answer).toMatch(/^HTTP\/1\.1 404/);
  });

  it("answer a form without the CSRF cookie with 403, unread", async () => {
    const held = holdOpen("/sign-in", {
      "content-type": "application/x-www-form-urlencoded",
      "content-length": "1000",
    });
    expect(await held.answer).toMatch(/^HTTP\/1\.1 403/);
  });
});

describe("a place at the upload gate", () => {
  it("is given back when the sender goes away halfway through", async () => {
    const { school, parent } = await aParent();
    const held = holdOpen("/messages", signedInHeaders(parent), aPartOfTheForm(parent));
    await held.sent;
    expect((await sendMessage(parent, school.child.id)).status).toBe(429);
    held.socket.destroy();
    expect(await onceFree(() => sendMessage(parent, school.child.id))).toBe(303);
  });

  it("is given back, with 408, when the body does not arrive within REQUEST_TIMEOUT_SECONDS", async () => {
    const { school, parent } = await aParent();
    const started = Date.now();
    const held = holdOpen("/messages", signedInHeaders(parent), aPartOfTheForm(parent));
    await held.sent;
    expect((await sendMessage(parent, school.child.id)).status).toBe(429);
    expect(await held.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await onceFree(() => sendMessage(parent, school.child.id))).toBe(303);
  });
});
