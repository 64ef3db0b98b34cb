/** Panel test helpers: joining through the real pages and the outbox. */
import { expect } from "vitest";
import { lastMailTo, TestClient, type TestContext } from "../../../../tests/helpers/app.js";

export const profileForm = (overrides: Record<string, string> = {}) => ({
  province: "utrecht",
  type1: "primary",
  year1: "5",
  language: "nl",
  ...overrides,
});

/** A new survey as the editors' form posts it, of two provinces and two school types. */
export const surveyForm = (overrides: Record<string, string | string[]> = {}) => ({
  titleNl: "Contact met school",
  titleEn: "Contact with school",
  introNl: "Hoe gaat het contact?",
  introEn: "How is the contact?",
  questionsNl: "Ik voel me welkom op school.\nDe school vraagt mijn mening.",
  questionsEn: "I feel welcome at school.\nThe school asks my opinion.",
  provinces: ["utrecht", "zeeland"],
  schoolTypes: ["primary", "secondary"],
  perStratum: "6",
  threshold: "5",
  ...overrides,
});

/** The link in the newest mail to an address, as a path. */
export async function mailedPath(ctx: TestContext, email: string, pattern: RegExp): Promise<string> {
  const mail = await lastMailTo(ctx, email);
  const match = mail?.text.match(pattern);
  if (!match) throw new Error(`no link like ${pattern} in the mail to ${email}: ${mail?.text}`);
  return new URL(match[0]).pathname;
}

/** Signs up and confirms through the mailed link; returns the signed-in client. */
export async function joinPanel(ctx: TestContext, email: string, overrides: Record<string, string> = {}) {
  const client = new TestClient(ctx.app);
  const signed = await client.post("/panel/aanmelden", { email, consent: "yes", ...profileForm(overrides) });
  expect(signed.status).toBe(200);
  const confirm = await mailedPath(ctx, email, /http\S+\/panel\/bevestigen\/\S+/);
  const confirmed = await client.post(confirm);
  expect(confirmed.status).toBe(303);
  return client;
}
