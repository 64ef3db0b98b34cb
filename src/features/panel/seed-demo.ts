/**
 * The demo's parent panel: sixty confirmed members across the provinces and school types, one
 * published report ("Staat van de ouder") with its anonymous responses as closing stores them, and
 * a draft survey for all members that an editor opens after joining as a parent to try the walk.
 */
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { panelInvitations, panelMembers, panelResponses, panelSurveys } from "../../db/schema/index.js";
import { provinces } from "./domain/profile.js";
import { anonymousResponses } from "./service/surveys.js";

const TYPES = ["primary", "primary", "secondary", "daycare", "primary", "special"] as const;

export async function seedPanelDemo(db: Db, options: { editorId: string }): Promise<void> {
  let seed = 20261;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return (seed - 1) / 2147483646;
  };
  const members = await db
    .insert(panelMembers)
    .values(
      Array.from({ length: 60 }, (_, i) => ({
        email: `ouderpanel.${i + 1}@example.nl`,
        locale: i % 7 === 0 ? "en" : "nl",
        province: provinces[i % provinces.length]!,
        children: [{ schoolType: TYPES[i % TYPES.length]!, year: 1 + (i % 4) }],
        consentVersion: 1,
        confirmedAt: new Date(Date.now() - (90 - i) * 86400000),
      })),
    )
    .returning();
  const questions = [
    {
      id: "q1",
      text: {
        nl: "Ik voel me welkom op de school of opvang van mijn kind.",
        en: "I feel welcome at my child's school or childcare.",
      },
    },
    {
      id: "q2",
      text: { nl: "De school vraagt wat ik als ouder vind.", en: "The school asks what I think as a parent." },
    },
    {
      id: "q3",
      text: { nl: "Ik weet bij wie ik terechtkan met een vraag.", en: "I know whom to turn to with a question." },
    },
    { id: "q4", text: { nl: "Ik praat mee over plannen van de school.", en: "I have a say in the school's plans." } },
  ];
  const [survey] = await db
    .insert(panelSurveys)
    .values({
      title: { nl: "Staat van de ouder 2026: ouders en school", en: "State of the parent 2026: parents and school" },
      intro: {
        nl: "Hoe ervaren ouders het contact met school en opvang? Een peiling onder het Landelijk Ouderpanel.",
        en: "How do parents experience contact with school and childcare? A survey of the National Parent Panel.",
      },
      questions,
      sample: { provinces: [], schoolTypes: [], perStratum: null },
      threshold: 5,
      status: "published",
      createdBy: options.editorId,
      publishedAt: new Date(Date.now() - 14 * 86400000),
      year: 2026,
    })
    .returning();
  const invited = members.slice(0, 48);
  const responded = new Set(invited.filter((_, i) => i % 4 !== 3).map((m) => m.id));
  await db.insert(panelInvitations).values(
    invited.map((m) => ({
      surveyId: survey!.id,
      memberId: m.id,
      province: m.province,
      schoolType: m.children[0]!.schoolType,
      tokenHash: `closed:${randomBytes(16).toString("hex")}`,
      mailed: true,
      responded: responded.has(m.id),
    })),
  );
  const bias = [0.4, -0.6, 0.3, -1];
  const opened = invited
    .filter((m) => responded.has(m.id))
    .map((m) => ({
      schoolType: m.children[0]!.schoolType,
      answers: Object.fromEntries(
        questions.map((q, i) => {
          if (random() < 0.08) return [q.id, null];
          const value = Math.round(3.2 + bias[i]! + (random() - 0.5) * 3);
          return [q.id, Math.min(5, Math.max(1, value))];
        }),
      ),
    }));
  const { responses, cells } = anonymousResponses(survey!.id, opened, 5);
  await db.insert(panelResponses).values(responses);
  await db.update(panelSurveys).set({ cells }).where(eq(panelSurveys.id, survey!.id));
  await db.insert(panelSurveys).values({
    title: { nl: "Ouderavonden", en: "Parent evenings" },
    intro: {
      nl: "Drie stellingen over ouderavonden op school en in de opvang.",
      en: "Three statements about parent evenings at school and in childcare.",
    },
    questions: [
      {
        id: "q1",
        text: {
          nl: "De ouderavond gaat over wat ik wil weten.",
          en: "The parent evening is about what I want to know.",
        },
      },
      {
        id: "q2",
        text: { nl: "Het tijdstip van de ouderavond past mij.", en: "The time of the parent evening suits me." },
      },
      {
        id: "q3",
        text: { nl: "Op de ouderavond spreek ik andere ouders.", en: "At the parent evening I talk to other parents." },
      },
    ],
    sample: { provinces: [], schoolTypes: [], perStratum: null },
    threshold: 5,
    createdBy: options.editorId,
  });
}
