/**
 * The demo's trainings: "Startcursus MR" with a full evening (2 of 2 places, one on the waiting
 * list) and an online morning with room, so "a council member registers for a full training and
 * moves up when someone cancels" can be tried: register for the evening (number 2 on the waiting
 * list), then cancel the two demo members with a place through their mails in /dev/outbox.
 * Registered and confirmed through the real service, so their mails (with working links when the
 * server's key is given) are in the outbox; no job is queued (the queue has not started yet), the
 * outbox sweep picks them up like any mail left waiting.
 */
import type { Db } from "../../db/client.js";
import { inArray } from "drizzle-orm";
import { trainingRegistrations, trainings, trainingSessions } from "../../db/schema/index.js";
import { localToUtc } from "../../lib/time/zone.js";
import { schoolDayIn } from "../../lib/time/school-date.js";
import { confirmRegistration, register } from "./service/registrations.js";
import { linkToken } from "./domain/link-token.js";
import type { MailDeps } from "./service/mails.js";

export const DEMO_TRAINING_SLUG = "startcursus-mr";

/** The demo's members of the full evening: two with a place, then one waiting. */
export const DEMO_TRAINING_MEMBERS = [
  { name: "Sandra de Vries", email: "mr.devries@example.nl", school: "OBS De Startbaan" },
  { name: "Youssef Amrani", email: "mr.amrani@example.nl", school: "" },
  { name: "Ellen Visser", email: "gmr.visser@example.nl", school: "Stichting Samen Leren" },
];

const DEMO_MAIL_CONFIG: MailDeps["config"] = {
  publicUrl: "http://localhost:3000",
  MAIL_FROM: "Samen <noreply@samen.example>",
  SECRET_KEY: "demo-key-only-for-the-demo-without-a-server",
};

export async function seedTrainingsDemo(
  db: Db,
  // Without the server's configuration (tests) the mails' links work with this key only.
  config: MailDeps["config"] = DEMO_MAIL_CONFIG,
): Promise<void> {
  const [training] = await db
    .insert(trainings)
    .values({
      slug: DEMO_TRAINING_SLUG,
      titleNl: "Startcursus MR",
      titleEn: "Starting in the participation council",
      audienceNl: "Nieuwe leden van de MR en GMR",
      audienceEn: "New members of the MR and GMR",
      descriptionNl:
        "Wat mag de **MR**, en wat doet u als ouder of leraar in de raad? Een avond over instemming en advies, de jaarplanning en hoe u de achterban bij uw werk betrekt.",
      descriptionEn:
        "What may the **council** do, and what is your part as a parent or teacher? An evening on consent and advice, the year's planning and how you involve those you represent.",
    })
    .returning({ id: trainings.id });
  const day = schoolDayIn;
  const [evening] = await db
    .insert(trainingSessions)
    .values([
      {
        trainingId: training!.id,
        startsAt: localToUtc(day(21), "19:30"),
        endsAt: localToUtc(day(21), "21:30"),
        place: "Utrecht, Vredenburg 40",
        capacity: 2,
      },
      {
        trainingId: training!.id,
        startsAt: localToUtc(day(35), "10:00"),
        endsAt: localToUtc(day(35), "11:30"),
        onlineUrl: "https://meet.example.nl/startcursus-mr",
        capacity: 20,
      },
    ])
    .returning({ id: trainingSessions.id });
  const deps: MailDeps = { jobs: { send: async () => {} }, config };
  for (const member of DEMO_TRAINING_MEMBERS) {
    await register(db, deps, { ...member, session: evening!.id, website: "", trainingId: training!.id, locale: "nl" });
  }
  // Confirmed in order, so the first two have the places and the third waits as number 1.
  const rows = await db
    .select()
    .from(trainingRegistrations)
    .where(
      inArray(
        trainingRegistrations.email,
        DEMO_TRAINING_MEMBERS.map((m) => m.email),
      ),
    );
  for (const member of DEMO_TRAINING_MEMBERS) {
    const row = rows.find((r) => r.email === member.email)!;
    await confirmRegistration(db, deps, linkToken(config.SECRET_KEY, row.id));
  }
}
