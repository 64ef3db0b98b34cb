/** Checks that a daycare's pages speak childcare's words (a `<key>@childcare` text) and none of a school's. */
import { expect } from "vitest";
import type { Db } from "../../src/db/client.js";
import { createSchool, unique } from "./factories.js";
import { expectPage } from "./page.js";

/** A daycare made like a test school (`createSchool`), named as a daycare is. */
export const createDaycare = (db: Db) => createSchool(db, { type: "daycare", name: `Kinderdagverblijf ${unique()}` });

/** The text of the page's own part, without markup: the header and footer around it belong to other features. */
const mainText = (html: string) => html.slice(html.indexOf("<main"), html.indexOf("</main>")).replace(/<[^>]*>/g, " ");

/** A school's words for its pupils, teachers, classes and itself. */
const schoolWords = {
  nl: /\b(school|scholen|leerling\w*|leraar|leraren|leerkracht\w*|klas)\b/i,
  // The school year keeps its name in childcare too, as on the organisation's pages ("Schooljaren").
  en: /\b(school(?! years?\b)|schools|pupils?|teachers?|class)\b/i,
};

/** The page's own part has none of a school's words. */
export function expectNoSchoolWords(html: string, locale: "nl" | "en" = "nl"): void {
  expect(mainText(html)).not.toMatch(schoolWords[locale]);
}

/** The page is shown (200) with each of `texts` and, in its own part, none of a school's words; returns it. */
export async function expectChildcarePage(
  response: Response,
  texts: readonly string[],
  locale: "nl" | "en" = "nl",
): Promise<string> {
  const html = await expectPage(response, texts);
  expectNoSchoolWords(html, locale);
  return html;
}
