/**
 * The demo's trajectory in progress at De Regenboog, with the advisor: started ten months ago,
 * its nulmeting (made by the measurements feature's demo) closed nine months ago, two team
 * modules and two parent evenings held and recorded, the boundaries module planned in the coming
 * weeks, the joint plan evening not yet dated, and its eindmeting open with answers in: closing
 * it (Metingen) is the last step before the advisor judges readiness and awards the certificate.
 */
import type { Tx } from "../../db/client.js";
import { ofOrg } from "../../db/of-org.js";
import { trajectories, trajectoryMeasurements, trajectorySessions } from "../../db/schema/index.js";
import { addMonths, schoolDate } from "../../lib/time/school-date.js";
import { translator } from "../../web/i18n/index.js";
import { templateSessions, type TemplateKey } from "./domain/template.js";
import { templateSessionRows } from "./service/trajectories.js";

type Recorded = Partial<typeof trajectorySessions.$inferInsert>;

/** What happened at each template session, by months from today (negative: past). */
function recorded(today: string): Record<TemplateKey, Recorded> {
  const on = (months: number, days = 0) =>
    schoolDate(new Date(Date.parse(`${addMonths(today, months)}T12:00:00Z`) + days * 86_400_000));
  return {
    vision: {
      status: "held",
      heldOn: on(-6),
      attendance: 18,
      notes: "Open gesprek. Iedereen vond partnerschap belangrijk, maar we bedoelden er verschillende dingen mee.",
      outcomes: "Een eerste versie van onze visie: ouders zijn welkom, we luisteren eerst en we spreken elkaar aan.",
      followUp: "Visie voorleggen aan de MR (Karim, voor de kerstvakantie)\nVisie op de website (Ingrid, januari)",
    },
    communication: {
      status: "held",
      heldOn: on(-3),
      attendance: 16,
      outcomes: "Afspraak: elke groep stuurt eens per maand een kort bericht, en ouders kunnen erop reageren.",
      followUp: "Sjabloon voor het maandbericht maken (Fatima)",
    },
    boundaries: { heldOn: on(0, 21) },
    partnership: {
      status: "held",
      heldOn: on(-5),
      attendance: 41,
      outcomes: "Ouders willen vaker horen hoe het met hun kind gaat, niet alleen bij het rapport.",
    },
    expectations: {
      status: "held",
      heldOn: on(-1),
      attendance: 37,
      outcomes: "Ouders en team schreven samen de verwachtingen voor dit schooljaar.",
    },
    plan: {},
  };
}

export async function seedTrajectoryDemo(
  tx: Tx,
  orgId: string,
  options: { leaderId: string; advisorId: string; measurementIds: readonly string[]; now?: Date },
): Promise<void> {
  const today = schoolDate(options.now ?? new Date());
  const [made] = await tx
    .insert(trajectories)
    .values({
      orgId,
      startedBy: options.leaderId,
      advisorId: options.advisorId,
      startedAt: new Date(`${addMonths(today, -10)}T09:00:00Z`),
    })
    .returning({ id: trajectories.id });
  const trajectoryId = made!.id;
  await tx
    .insert(trajectoryMeasurements)
    .values(options.measurementIds.map((measurementId) => ({ orgId, trajectoryId, measurementId })));
  const rows = await tx
    .insert(trajectorySessions)
    .values(templateSessionRows(orgId, trajectoryId, translator("nl")))
    .returning({ id: trajectorySessions.id, position: trajectorySessions.position });
  const happened = recorded(today);
  for (const row of rows) {
    const change = happened[templateSessions[row.position]!.key];
    if (Object.keys(change).length)
      await tx
        .update(trajectorySessions)
        .set(change)
        .where(ofOrg(trajectorySessions, orgId, { id: row.id }));
  }
}
