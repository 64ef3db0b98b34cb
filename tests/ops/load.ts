/**
 * Load on a real server process for the operational tests: signed-in people who keep reading
 * pages and asking for conversations, each answer sorted into what a user would have seen.
 */
import { TestClient } from "../helpers/app.js";

export interface LoadFigures {
  sent: number;
  answered: number;
  /** Answers with the "try again" page (503). */
  tryAgain: number;
  /** Anything else: a reset, a 500, a page without the try-again text. */
  failures: string[];
  /** Conversation requests answered with a redirect to the new request: id → its note. */
  acknowledged: Map<string, string>;
}

/** Signs in through the real flow over HTTP: ask for a link, find it in /dev/outbox, press the button. */
export async function signInOverHttp(client: TestClient, email: string): Promise<TestClient> {
  await client.post("/sign-in", { email });
  const outbox = await (await client.get("/dev/outbox")).text();
  const mail = outbox.split("<article").find((article) => article.includes(email));
  const token = mail?.match(/token=([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error(`no sign-in mail for ${email}`);
  const response = await client.post("/sign-in/link", { token });
  if (response.status !== 303) throw new Error(`sign-in failed with ${response.status}`);
  return client;
}

const TRY_AGAIN = "Probeer het over een ogenblik opnieuw";

/**
 * Runs `readers` loops of page reads and `writers` loops of conversation requests as a parent
 * until stop() is called; stop() resolves with the figures once every request has its answer.
 */
export function startLoad(parent: TestClient, pupilId: string, options = { readers: 4, writers: 2 }) {
  const figures: LoadFigures = { sent: 0, answered: 0, tryAgain: 0, failures: [], acknowledged: new Map() };
  let running = true;
  let notes = 0;

  async function measure(label: string, send: () => Promise<Response>): Promise<Response | null> {
    figures.sent++;
    try {
      const response = await send();
      const body = await response.text();
      figures.answered++;
      if (response.status === 503 && body.includes(TRY_AGAIN)) figures.tryAgain++;
      else if (response.status >= 400) figures.failures.push(`${label}: ${response.status}`);
      return response;
    } catch (error) {
      figures.failures.push(`${label}: ${error instanceof Error ? `${error.message} ${String(error.cause)}` : "?"}`);
      return null;
    }
  }

  async function read() {
    const pages = ["/home", "/conversations/requests", "/account"];
    for (let i = 0; running; i++) await measure(`GET ${pages[i % 3]}`, () => parent.get(pages[i % 3]!));
  }

  async function write() {
    while (running) {
      const note = `Vraag ${++notes}`;
      const response = await measure("POST /conversations/requests", () =>
        parent.post("/conversations/requests", { pupilId, topic: "home", note }),
      );
      const id =
        response?.status === 303 ? response.headers.get("location")?.match(/requests\/([0-9a-f-]{36})/)?.[1] : null;
      if (id) figures.acknowledged.set(id, note);
    }
  }

  const loops = [...Array.from({ length: options.readers }, read), ...Array.from({ length: options.writers }, write)];
  return {
    figures,
    async stop(): Promise<LoadFigures> {
      running = false;
      await Promise.all(loops);
      return figures;
    },
  };
}

/** Polls path until it answers with status, or throws after ms. */
export async function waitForStatus(client: TestClient, path: string, status: number, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  let last = 0;
  while (Date.now() < deadline) {
    last = await client.get(path).then(
      (r) => r.status,
      () => 0,
    );
    if (last === status) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${path} still answers ${last}, not ${status}, after ${ms} ms`);
}
