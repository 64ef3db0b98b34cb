/**
 * A daycare's or preschool's words as its people read them: an organisation of that type whose
 * names say nothing of a school, and the school words a page or mail of it must not contain.
 */
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "../../src/db/client.js";
import { users } from "../../src/db/schema/index.js";
import { signIn, type TestClient, type TestContext } from "./test-context.js";
import { createSchool, unique } from "./factories.js";
import { expectPage } from "./page.js";

/**
 * A school's words for its people and itself, in Dutch and English; "schooljaar" too: a daycare's
 * pages call its years "jaar" ("year").
 */
const SCHOOL_WORDS =
  /\b(?:leerling\w*|leraar|leraren|leerkracht\w*|klas|klassen|scholen|school\w*|pupils?|teachers?|class|classes)\b/gi;

/** The certificate's and plan's name, the same for a school and a daycare. */
const PROGRAMME_NAME = /Samen school/g;

/**
 * The school words in the text a person reads (the page without its tags, or a mail), each with a
 * little of the text around it, so that a failing test shows where it stands.
 */
export function schoolWordsIn(htmlOrText: string): string[] {
  const text = htmlOrText
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(PROGRAMME_NAME, "Samen");
  return [...text.matchAll(SCHOOL_WORDS)].map((m) => text.slice(Math.max(0, m.index - 40), m.index + 40).trim());
}

/** A mail as its recipient reads it (subject and text), with every one of `texts` and none of a school's words. */
export function expectChildcareMail(
  mail: { subject: string; text: string | null } | null | undefined,
  texts: readonly string[],
): void {
  const read = `${mail?.subject ?? ""}\n${mail?.text ?? ""}`;
  for (const text of texts) expect(read).toContain(text);
  expectNoSchoolWords(read);
}

/**
 * A daycare (or a preschool) made by createSchool, its name and its pedagogisch medewerker's named as
 * such: the factory's "Leraar" and "School …" would read as school words wherever a page names them.
 */
export async function createDaycare(db: Db, type: "daycare" | "preschool" = "daycare") {
  const kind = type === "daycare" ? "Kinderdagverblijf" : "Peuterspeelzaal";
  const daycare = await createSchool(db, { type, name: `${kind} ${unique()}` });
  await db.update(users).set({ name: "Sanne Pm" }).where(eq(users.id, daycare.teacher.id));
  return { ...daycare, teacher: { ...daycare.teacher, name: "Sanne Pm" } };
}

/** A daycare (or preschool) with its manager, its pedagogisch medewerker (pm) and a parent signed in. */
export async function daycareSignedIn(ctx: TestContext, type: "daycare" | "preschool" = "daycare") {
  const daycare = await createDaycare(ctx.database.db, type);
  const manager = await signIn(ctx, daycare.leader.email);
  const pm = await signIn(ctx, daycare.teacher.email);
  return { daycare, manager, pm, parent: await signIn(ctx, daycare.parent.email) };
}

/** The page (200) with every one of `texts`, and none of a school's words. */
export async function expectChildcarePage(response: Response, texts: readonly string[]): Promise<string> {
  const html = await expectPage(response, texts);
  expectNoSchoolWords(html);
  return html;
}

/** A page as a person of a daycare reads it, with the texts it must show in Dutch and in English. */
export interface ChildcareReading {
  who: TestClient;
  path: string;
  nl: readonly string[];
  en: readonly string[];
}

/**
 * Each page shown (200) to its person with its texts and none of a school's words, first in Dutch,
 * then in English (each person presses the language switch); they read Dutch again afterwards.
 */
export async function expectChildcareWords(readings: readonly ChildcareReading[]): Promise<void> {
  const people = new Set(readings.map((r) => r.who));
  for (const locale of ["nl", "en"] as const) {
    for (const person of people) await person.post("/language", { locale, back: "/home" });
    for (const reading of readings) await expectChildcarePage(await reading.who.get(reading.path), reading[locale]);
  }
  for (const person of people) await person.post("/language", { locale: "nl", back: "/home" });
}

/** The page or mail has none of a school's words. */
export function expectNoSchoolWords(htmlOrText: string): void {
  expect(schoolWordsIn(htmlOrText)).toEqual([]);
}
