/** A real SMTP server on a free local port that keeps what it receives, for tests of mail delivery. */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  /** The message, headers and body, with quoted-printable undone (so links read whole). */
  data: string;
}

/** Undoes quoted-printable: soft line breaks and =XX bytes (UTF-8). */
function unquote(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, "");
  return Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");
}

export interface TestSmtp {
  url: string;
  received: ReceivedMail[];
  /** Refuses every message until called again with false (SMTP down). */
  refuse(refusing: boolean): void;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  let refusing = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (chunk: Buffer) => (data += chunk.toString("latin1")));
      stream.on("end", () => {
        if (refusing) return callback(new Error("service unavailable"));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data: unquote(data) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse: (value) => (refusing = value),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
