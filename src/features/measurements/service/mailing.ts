/**
 * Mailing the invitations of a measurement: each one once, with a personal
 * link made at that moment, recorded (notify) in the transaction that claims
 * the invitation. The token is kept only sealed with the
 * measurement's ballot key, so a reminder can repeat the same link (drafts are
 * encrypted with it); closing drops the key and clears the sealed tokens.
 */
import { eq, type SQL } from "drizzle-orm";
import { withOrg, type Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { onKey } from "../../../db/on-key.js";
import {
  measurementAudiences,
  measurementInvitations,
  measurements,
  organisations,
  users,
} from "../../../db/schema/index.js";
import { guardiansById } from "../../pupils/index.js";
import { hashToken, newToken } from "../../../auth/tokens.js";
import type { Deps } from "../../../web/env.js";
import { notify } from "../../../mail/notify.js";
import { measurementInvitation } from "../notifications.js";
import { localeOf } from "../../../web/i18n/index.js";
import { formatDate } from "../../../lib/time/format.js";
import { lastDay } from "../../../lib/time/school-date.js";
import type { RespondentGroup } from "../domain/instrument.js";
import { inRegister } from "../domain/register.js";
import type { MeasurementJob } from "./job-names.js";
import { ballotKey, seal } from "./sealing.js";

export interface Invitee {
  id: string;
  email: string;
  name: string;
  locale: string | null;
  sealedToken: string | null;
  /** Whom the invitation asks (the team or parents): the mail says "je" or "u" as their questionnaire does. */
  group: RespondentGroup;
}

export interface MailedMeasurement {
  title: string;
  closesAt: Date;
  org: string;
  ballotKey: string | null;
}

/** The measurement a mail speaks of, with the key that seals its links. */
export async function mailedMeasurement(tx: Tx, job: MeasurementJob): Promise<MailedMeasurement | null> {
  const [measurement] = await tx
    .select({
      title: measurements.title,
      closesAt: measurements.closesAt,
      org: organisations.name,
      ballotKey: measurements.ballotKey,
    })
    .from(measurements)
    .innerJoin(organisations, eq(organisations.id, measurements.orgId))
    .where(ofOrg(measurements, job.orgId, { id: job.measurementId }));
  return measurement ?? null;
}

/** The mail invitations of the measurement that meet `where`, with address, name and language. */
export async function invitees(tx: Tx, job: MeasurementJob, where: SQL | undefined): Promise<Invitee[]> {
  const rows = await tx
    .select({
      id: measurementInvitations.id,
      guardianId: measurementInvitations.guardianId,
      user: { email: users.email, name: users.name, locale: users.locale },
      sealedToken: measurementInvitations.sealedToken,
      group: measurementAudiences.respondentGroup,
    })
    .from(measurementInvitations)
    .innerJoin(
      measurementAudiences,
      onKey(measurementAudiences, measurementInvitations.orgId, measurementInvitations.audienceId),
    )
    .leftJoin(users, eq(users.id, measurementInvitations.userId))
    .where(ofOrg(measurementInvitations, job.orgId, { measurementId: job.measurementId, kind: "mail" }, where));
  // A staff member is invited as an account, a parent as a guardian of the school.
  const guardians = await guardiansById(
    tx,
    job.orgId,
    rows.flatMap((r) => r.guardianId ?? []),
  );
  return rows.map(({ id, guardianId, user, sealedToken, group }) => {
    const guardian = guardians.find((g) => g.guardianId === guardianId);
    const email = user?.email ?? guardian?.email ?? "";
    return {
      id,
      email,
      name: user?.name ?? guardian?.name ?? "",
      locale: user?.locale ?? guardian?.locale ?? null,
      sealedToken,
      group,
    };
  });
}

/**
 * An invitation as its mail leaves it: its link's token as a hash (to find it by) and sealed with
 * the ballot key (for a reminder to repeat it, and for counting who can still be reminded).
 */
export function mailedWith(key: Buffer, token: string) {
  return { tokenHash: hashToken(token), sealedToken: seal(key, token), mailed: true } as const;
}

/** Mails every invitation of the measurement not mailed yet; returns how many were mailed. */
export async function mailInvitations(deps: Deps, job: MeasurementJob): Promise<number> {
  const scope = { orgId: job.orgId, userId: null };
  const { measurement, unmailed } = await withOrg(deps.db, scope, async (tx) => ({
    measurement: await mailedMeasurement(tx, job),
    unmailed: await invitees(tx, job, eq(measurementInvitations.mailed, false)),
  }));
  if (!measurement?.ballotKey) return 0;
  const key = ballotKey(measurement.ballotKey, deps.config.SECRET_KEY);
  let mailed = 0;
  for (const invitee of unmailed) {
    const token = newToken();
    // One transaction per invitee: a failure leaves the rest for the job's next attempt.
    const claimed = await withOrg(deps.db, scope, async (tx) => {
      const rows = await tx
        .update(measurementInvitations)
        .set(mailedWith(key, token))
        .where(ofOrg(measurementInvitations, job.orgId, { id: invitee.id, mailed: false }))
        .returning({ id: measurementInvitations.id });
      if (rows.length) await notifyMeasurementMail(tx, deps, "invitation", invitee, measurement, token);
      return rows.length > 0;
    });
    if (claimed) mailed++;
  }
  return mailed;
}

/** Records an invitation or a reminder, in the invitee's language (Dutch when unknown). */
export function notifyMeasurementMail(
  tx: Tx,
  deps: Pick<Deps, "config" | "jobs">,
  kind: "invitation" | "reminder",
  invitee: Invitee,
  measurement: MailedMeasurement,
  token: string,
): Promise<void> {
  const recipient = { email: invitee.email, locale: localeOf(invitee.locale) };
  return notify(tx, deps.jobs, measurementInvitation, [recipient], ({ locale }, translate) => {
    const t = inRegister(translate, invitee.group);
    const params = {
      name: invitee.name,
      org: measurement.org,
      title: measurement.title,
      link: `${deps.config.publicUrl}/m/${token}`,
      lastDay: formatDate(locale, lastDay(measurement.closesAt)),
    };
    return kind === "invitation"
      ? { subject: t("measure.mail.subject", params), text: t("measure.mail.body", params) }
      : { subject: t("measure.remind.subject", params), text: t("measure.remind.body", params) };
  });
}
