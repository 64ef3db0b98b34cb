/** Mailing the invitations of a measurement: each one once, with a personal link made at that moment. */
import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { withOrg } from "../../../db/client.js";
import { guardians, measurementInvitations, measurements, organisations, users } from "../../../db/schema/index.js";
import { hashToken, newToken } from "../../../auth/tokens.js";
import type { Deps } from "../../../web/env.js";
import { isLocale, translator } from "../../../web/i18n/index.js";
import { formatDate } from "../../pupils/views/format.js";
import { lastDay } from "./dates.js";
import type { MeasurementJob } from "./job-names.js";

interface Invitee {
  id: string;
  email: string;
  name: string;
  locale: string | null;
}

const guardianUser = alias(users, "guardian_user");

/** Mails every invitation of the measurement not mailed yet; returns how many were mailed. */
export async function mailInvitations(deps: Deps, job: MeasurementJob): Promise<number> {
  const scope = { orgId: job.orgId, userId: null };
  const { measurement, invitees } = await withOrg(deps.db, scope, async (tx) => {
    const [measurement] = await tx
      .select({ title: measurements.title, closesAt: measurements.closesAt, org: organisations.name })
      .from(measurements)
      .innerJoin(organisations, eq(organisations.id, measurements.orgId))
      .where(and(eq(measurements.orgId, job.orgId), eq(measurements.id, job.measurementId)));
    const invitees: Invitee[] = await tx
      .select({
        id: measurementInvitations.id,
        email: sql<string>`coalesce(${users.email}, ${guardians.email})`,
        name: sql<string>`coalesce(${users.name}, ${guardians.name})`,
        locale: sql<string | null>`coalesce(${users.locale}, ${guardianUser.locale})`,
      })
      .from(measurementInvitations)
      .leftJoin(users, eq(users.id, measurementInvitations.userId))
      .leftJoin(
        guardians,
        and(eq(guardians.orgId, measurementInvitations.orgId), eq(guardians.id, measurementInvitations.guardianId)),
      )
      .leftJoin(guardianUser, eq(guardianUser.id, guardians.userId))
      .where(
        and(
          eq(measurementInvitations.orgId, job.orgId),
          eq(measurementInvitations.measurementId, job.measurementId),
          eq(measurementInvitations.kind, "mail"),
          eq(measurementInvitations.mailed, false),
        ),
      );
    return { measurement, invitees };
  });
  if (!measurement) return 0;
  let mailed = 0;
  for (const invitee of invitees) {
    const token = newToken();
    const claimed = await withOrg(deps.db, scope, (tx) =>
      tx
        .update(measurementInvitations)
        .set({ tokenHash: hashToken(token), mailed: true })
        .where(
          and(
            eq(measurementInvitations.orgId, job.orgId),
            eq(measurementInvitations.id, invitee.id),
            eq(measurementInvitations.mailed, false),
          ),
        )
        .returning({ id: measurementInvitations.id }),
    );
    if (!claimed.length) continue;
    try {
      await sendInvitationMail(deps, invitee, measurement, token);
      mailed++;
    } catch (error) {
      // Not delivered: leave it for the job's next attempt, which makes a new link.
      await withOrg(deps.db, scope, (tx) =>
        tx
          .update(measurementInvitations)
          .set({ mailed: false })
          .where(and(eq(measurementInvitations.orgId, job.orgId), eq(measurementInvitations.id, invitee.id))),
      );
      throw error;
    }
  }
  return mailed;
}

async function sendInvitationMail(
  deps: Deps,
  invitee: Invitee,
  measurement: { title: string; closesAt: Date; org: string },
  token: string,
): Promise<void> {
  const locale = isLocale(invitee.locale) ? invitee.locale : "nl";
  const t = translator(locale);
  await deps.mailer.send({
    to: invitee.email,
    subject: t("measure.mail.subject", { org: measurement.org }),
    text: t("measure.mail.body", {
      name: invitee.name,
      org: measurement.org,
      title: measurement.title,
      link: `${deps.config.publicUrl}/m/${token}`,
      lastDay: formatDate(lastDay(measurement.closesAt), locale),
    }),
  });
}
