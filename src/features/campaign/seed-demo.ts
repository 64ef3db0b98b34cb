/**
 * The demo's campaign: the page's text as the platform starts with it, two news items, confirmed
 * endorsements across the provinces (most on the public list) and three approved stories and tips.
 * Endorsements are counted in the slots as confirmations count them, so the count is exact.
 */
import type { Db } from "../../db/client.js";
import {
  campaignCounts,
  campaignEndorsements,
  campaignNews,
  campaignStories,
  campaignTexts,
} from "../../db/schema/index.js";
import type { EndorserRole } from "./domain/choices.js";
import { municipalityNamed } from "./domain/municipalities.js";
import { defaultCampaignText } from "./domain/default-text.js";

const endorsers: [name: string, role: EndorserRole, organisation: string, municipality: string, shown: boolean][] = [
  ["Fatima el Amrani", "parent", "", "Amsterdam", true],
  ["Joost Kuipers", "teacher", "OBS De Startbaan", "Groningen", true],
  ["Marieke Postma", "school_leader", "CBS De Wegwijzer", "Leeuwarden", true],
  ["Basisschool De Regenboog", "school", "", "Utrecht", true],
  ["Kees Mulder", "parent", "", "Assen", false],
  ["Ayşe Yılmaz", "parent", "", "Rotterdam", true],
  ["Stichting Ouders Centraal", "organisation", "", "Den Haag", true],
  ["Rik van Dijk", "teacher", "KBS Sint Jozef", "Eindhoven", true],
  ["Priya Ramdin", "parent", "", "Almere", true],
  ["Henk Jansen", "school_leader", "De Vlinderboom", "Zwolle", true],
  ["Lotte Smit", "teacher", "", "Arnhem", false],
  ["Noor Bakker", "parent", "", "Middelburg", true],
  ["Tom Hendriks", "parent", "", "Maastricht", true],
  ["IKC De Horizon", "school", "", "Tilburg", true],
  ["Sanne de Boer", "teacher", "OBS Het Kompas", "Lelystad", true],
  ["Mohamed Ouali", "parent", "", "Nijmegen", true],
  ["Eva Visser", "school_leader", "", "Emmen", false],
  ["Ouderraad De Linde", "organisation", "", "Haarlem", true],
];

const stories = [
  {
    kind: "story" as const,
    theme: "busy_parents" as const,
    title: "Gesprekken als het ons uitkomt",
    body: "Wij werken allebei in ploegendienst. Vroeger misten we elk oudergesprek. Sinds de school ook gesprekken in de vroege ochtend en via video aanbiedt, zitten we er allebei bij.\n\nDe juf vroeg ons wat voor ons werkt. Die vraag alleen al maakte verschil.",
    signedAs: "Ilse, moeder van Daan (groep 5)",
  },
  {
    kind: "tip" as const,
    theme: "dreaded_conversation" as const,
    title: "Begin met wat goed gaat",
    body: "Ik zag op tegen gesprekken met ouders die boos waren. Nu begin ik elk gesprek met iets wat hun kind goed doet, en vraag ik daarna hoe zij het thuis zien. Het gesprek wordt er rustiger en eerlijker van.",
    signedAs: "Meester Rik, groep 6",
  },
  {
    kind: "story" as const,
    theme: "parent_expertise" as const,
    title: "Een vader die meebouwde aan het techniekonderwijs",
    body: "Een vader in onze school is elektricien. Hij gaf twee middagen les over stroom. De kinderen praten er nog steeds over, en hij voelt zich nu veel meer deel van de school.",
    signedAs: "Marieke, schoolleider",
  },
];

export async function seedCampaignDemo(db: Db, editorId: string): Promise<void> {
  await db.insert(campaignTexts).values([
    { locale: "nl", body: defaultCampaignText("nl"), updatedBy: editorId },
    { locale: "en", body: defaultCampaignText("en"), updatedBy: editorId },
  ]);
  await db.insert(campaignNews).values([
    {
      title: "De campagne gaat van start",
      body: "Vanaf vandaag kan iedereen de oproep **Samen zijn wij school** onderschrijven. Vertel het door aan ouders en collega's!",
      createdBy: editorId,
      publishedAt: new Date(Date.now() - 14 * 86_400_000),
    },
    {
      title: "Nieuwe tips van leraren",
      body: "Deze maand delen leraren hoe zij een lastig gesprek met ouders voorbereiden. Lees hun tips bij *Verhalen en tips*.",
      createdBy: editorId,
      publishedAt: new Date(Date.now() - 3 * 86_400_000),
    },
  ]);
  const rows = endorsers.map(([name, role, organisation, municipality, shown], i) => ({
    emailKey: `demo-${i}`,
    role,
    name,
    organisation,
    ...municipalityNamed(municipality)!,
    public: shown,
    confirmedAt: new Date(Date.now() - (endorsers.length - i) * 3_600_000),
  }));
  await db.insert(campaignEndorsements).values(rows);
  const counts = new Map<string, { role: string; province: string; n: number }>();
  for (const row of rows) {
    const key = `${row.role} ${row.province}`;
    const found = counts.get(key) ?? { role: row.role, province: row.province, n: 0 };
    found.n += 1;
    counts.set(key, found);
  }
  await db.insert(campaignCounts).values([...counts.values()].map((c) => ({ ...c, slot: 0 })));
  await db.insert(campaignStories).values(
    stories.map((story, i) => ({
      ...story,
      emailKey: `demo-story-${i}`,
      status: "approved",
      decidedBy: editorId,
      decidedAt: new Date(Date.now() - (i + 1) * 86_400_000),
    })),
  );
}
