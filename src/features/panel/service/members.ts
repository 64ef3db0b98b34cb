/**
 * Panel members: signing up with informed consent, confirming by the mailed link, signing in by
 * a mailed link, the profile, the download of their data, leaving, and the removal of sign-ups
 * never confirmed. A member is no user account: the panel asks for no school and no name.
 * Links are stored as hashes, expire and work once (docs/panel.md).
 */
import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { Db, Tx } from "../../../db/client.js";
import { panelInvitations, panelMembers, panelSurveys, panelTokens } from "../../../db/schema/index.js";
import { hashToken, newToken } from "../../../auth/tokens.js";
import { enforceLimits } from "../../../auth/rate-limit.js";
import { notify } from "../../../mail/notify.js";
import type { Deps } from "../../../web/env.js";
import type { Locale } from "../../../web/i18n/index.js";
import { refuse, type Outcome } from "../../../web/outcome.js";
import { CONSENT_VERSION, type Profile } from "../domain/profile.js";
import { panelConfirmation, panelSignIn } from "../notifications.js";

export const CONFIRM_DAYS = 7;
export const SIGN_IN_MINUTES = 30;
export const SESSION_HOURS = 2;
export const UNCONFIRMED_DAYS = 30;

type MailDeps = Pick<Deps, "db" | "jobs" | "config">;

export type PanelMember = typeof panelMembers.$inferSelect;

async function memberByEmail(tx: Tx | Db, email: string) {
  const [member] = await tx
    .select()
    .from(panelMembers)
    .where(sql`lower(${panelMembers.email}) = lower(${email})`);
  return member;
}

async function newLink(tx: Tx, memberId: string, purpose: "confirm" | "sign_in", seconds: number) {
  const token = newToken();
  await tx.insert(panelTokens).values({
    tokenHash: hashToken(token),
    memberId,
    purpose,
    expiresAt: sql`now() + make_interval(secs => ${seconds})`,
  });
  return token;
}

/**
 * A sign-up. The answer is the same whatever the address (no one learns who is in the panel):
 * a new address gets a confirmation link; an address already signed up but not confirmed gets a
 * fresh link; a member gets a sign-in link with the note that they are already in. Nothing else
 * about an existing sign-up changes.
 */
export async function signUp(
  deps: MailDeps,
  input: { email: string; locale: Locale; profile: Profile; ip: string },
): Promise<void> {
  await enforceLimits(
    deps.db,
    [
      { key: `panel-signup:ip:${input.ip}`, limit: 10, windowSeconds: 900 },
      { key: `panel-signup:email:${input.email.toLowerCase()}`, limit: 5, windowSeconds: 900 },
    ],
    "panel sign-up",
  );
  await deps.db.transaction(async (tx) => {
    const existing = await memberByEmail(tx, input.email);
    if (existing?.confirmedAt) {
      const token = await newLink(tx, existing.id, "sign_in", SIGN_IN_MINUTES * 60);
      const link = `${deps.config.publicUrl}/panel/inloggen/${token}`;
      await notify(tx, deps.jobs, panelSignIn, [existing as PanelMember & { locale: Locale }], (_r, t) => ({
        subject: t("panel.mail.already.subject"),
        text: t("panel.mail.already.text", { link, minutes: SIGN_IN_MINUTES }),
      }));
      return;
    }
    const member =
      existing ??
      (
        await tx
          .insert(panelMembers)
          .values({
            email: input.email,
            locale: input.locale,
            province: input.profile.province,
            children: input.profile.children,
            council: input.profile.council,
            consentVersion: CONSENT_VERSION,
          })
          .returning()
      )[0]!;
    const token = await newLink(tx, member.id, "confirm", CONFIRM_DAYS * 86400);
    const link = `${deps.config.publicUrl}/panel/bevestigen/${token}`;
    await notify(tx, deps.jobs, panelConfirmation, [member as PanelMember & { locale: Locale }], (_r, t) => ({
      subject: t("panel.mail.confirm.subject"),
      text: t("panel.mail.confirm.text", { link, days: CONFIRM_DAYS, cleanup: UNCONFIRMED_DAYS }),
    }));
  });
}

export type LinkRefusal = "used" | "expired" | "unknown";

/** Uses a mailed link once: the member it belongs to, or why not. */
async function useLink(tx: Tx, token: string, purpose: "confirm" | "sign_in"): Promise<Outcome<{ memberId: string }>> {
  const hash = hashToken(token);
  const [used] = await tx
    .update(panelTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(panelTokens.tokenHash, hash),
        eq(panelTokens.purpose, purpose),
        isNull(panelTokens.usedAt),
        gt(panelTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ memberId: panelTokens.memberId });
  if (used) return { ok: true, memberId: used.memberId };
  const [found] = await tx
    .select({ usedAt: panelTokens.usedAt })
    .from(panelTokens)
    .where(and(eq(panelTokens.tokenHash, hash), eq(panelTokens.purpose, purpose)));
  if (!found) return refuse("unknown", "panel.link.unknown", "invalid");
  if (found.usedAt) return refuse("used", "panel.link.used", "conflict");
  return refuse("expired", "panel.link.expired", "invalid");
}

/** Whether a mailed link would work, without using it (the page its button is on). */
export async function checkLink(db: Db, token: string, purpose: "confirm" | "sign_in"): Promise<Outcome> {
  const [found] = await db
    .select({ usedAt: panelTokens.usedAt, live: sql<boolean>`${panelTokens.expiresAt} > now()` })
    .from(panelTokens)
    .where(and(eq(panelTokens.tokenHash, hashToken(token)), eq(panelTokens.purpose, purpose)));
  if (!found) return refuse("unknown", "panel.link.unknown", "invalid");
  if (found.usedAt) return refuse("used", "panel.link.used", "conflict");
  if (!found.live) return refuse("expired", "panel.link.expired", "invalid");
  return { ok: true };
}

/** Starts a member's session: a new random token whose hash replaces any earlier one. */
async function startMemberSession(tx: Tx, memberId: string): Promise<string> {
  const token = newToken();
  await tx
    .update(panelMembers)
    .set({
      sessionHash: hashToken(token),
      sessionExpiresAt: sql`now() + make_interval(hours => ${SESSION_HOURS})`,
    })
    .where(eq(panelMembers.id, memberId));
  return token;
}

/** Confirms a sign-up by its link (once, before it expires) and signs the member in. */
export async function confirmSignUp(db: Db, token: string): Promise<Outcome<{ session: string }>> {
  return db.transaction(async (tx) => {
    const link = await useLink(tx, token, "confirm");
    if (!link.ok) return link;
    await tx
      .update(panelMembers)
      .set({ confirmedAt: sql`coalesce(${panelMembers.confirmedAt}, now())` })
      .where(eq(panelMembers.id, link.memberId));
    return { ok: true, session: await startMemberSession(tx, link.memberId) };
  });
}

/** Mails a sign-in link to a confirmed member; says nothing about whether the address is one. */
export async function requestSignIn(deps: MailDeps, input: { email: string; ip: string }): Promise<void> {
  await enforceLimits(
    deps.db,
    [
      { key: `panel-sign-in:ip:${input.ip}`, limit: 10, windowSeconds: 900 },
      { key: `panel-sign-in:email:${input.email.toLowerCase()}`, limit: 5, windowSeconds: 900 },
    ],
    "panel sign-in",
  );
  await deps.db.transaction(async (tx) => {
    const member = await memberByEmail(tx, input.email);
    if (!member?.confirmedAt) return;
    const token = await newLink(tx, member.id, "sign_in", SIGN_IN_MINUTES * 60);
    const link = `${deps.config.publicUrl}/panel/inloggen/${token}`;
    await notify(tx, deps.jobs, panelSignIn, [member as PanelMember & { locale: Locale }], (_r, t) => ({
      subject: t("panel.mail.signIn.subject"),
      text: t("panel.mail.signIn.text", { link, minutes: SIGN_IN_MINUTES }),
    }));
  });
}

export async function signInWithLink(db: Db, token: string): Promise<Outcome<{ session: string }>> {
  return db.transaction(async (tx) => {
    const link = await useLink(tx, token, "sign_in");
    if (!link.ok) return link;
    return { ok: true, session: await startMemberSession(tx, link.memberId) };
  });
}

/** The confirmed member whose session this is, while it lasts. */
export async function memberOfSession(db: Db, session: string | undefined): Promise<PanelMember | null> {
  if (!session || session.length > 100) return null;
  const [member] = await db
    .select()
    .from(panelMembers)
    .where(
      and(
        eq(panelMembers.sessionHash, hashToken(session)),
        gt(panelMembers.sessionExpiresAt, sql`now()`),
        sql`${panelMembers.confirmedAt} is not null`,
      ),
    );
  return member ?? null;
}

export async function endMemberSession(db: Db, memberId: string): Promise<void> {
  await db.update(panelMembers).set({ sessionHash: null, sessionExpiresAt: null }).where(eq(panelMembers.id, memberId));
}

export async function updateProfile(
  db: Db,
  memberId: string,
  input: { profile: Profile; locale: Locale },
): Promise<void> {
  await db
    .update(panelMembers)
    .set({
      province: input.profile.province,
      children: input.profile.children,
      council: input.profile.council,
      locale: input.locale,
    })
    .where(eq(panelMembers.id, memberId));
}

export interface MemberData {
  member: {
    email: string;
    language: string;
    province: string;
    council: string | null;
    consentVersion: number;
    consentedAt: string;
    confirmedAt: string | null;
    joinedAt: string;
  };
  children: { schoolType: string; year: number }[];
  surveys: { title: string; responded: boolean }[];
}

/** Everything the panel holds about a member (their answers are not linked to them: not here). */
export async function memberData(db: Db, memberId: string, locale: Locale): Promise<MemberData | null> {
  const [member] = await db.select().from(panelMembers).where(eq(panelMembers.id, memberId));
  if (!member) return null;
  const invited = await db
    .select({ title: panelSurveys.title, responded: panelInvitations.responded })
    .from(panelInvitations)
    .innerJoin(panelSurveys, eq(panelSurveys.id, panelInvitations.surveyId))
    .where(eq(panelInvitations.memberId, memberId))
    .orderBy(panelSurveys.createdAt, panelSurveys.id);
  return {
    member: {
      email: member.email,
      language: member.locale,
      province: member.province,
      council: member.council,
      consentVersion: member.consentVersion,
      consentedAt: member.consentedAt.toISOString(),
      confirmedAt: member.confirmedAt?.toISOString() ?? null,
      joinedAt: member.createdAt.toISOString(),
    },
    children: member.children.map(({ schoolType, year }) => ({ schoolType, year })),
    surveys: invited.map((row) => ({ title: row.title[locale], responded: row.responded })),
  };
}

/**
 * Leaving, in one step: the member and their links are deleted; their invitations lose them
 * (and an unanswered one its link), keeping only the stratum and whether someone responded.
 * Answers already sent were never linked to them and stay as they were.
 */
export async function leavePanel(db: Db, memberId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(panelInvitations)
      .set({ tokenHash: sql`'left:' || ${panelInvitations.id}`, sealedToken: null })
      .where(and(eq(panelInvitations.memberId, memberId), eq(panelInvitations.responded, false)));
    await tx.delete(panelMembers).where(eq(panelMembers.id, memberId));
  });
}

/**
 * The scheduled cleanup: sign-ups never confirmed within 30 days are deleted, and links a day
 * after they expired (used or not). Repeating it deletes nothing more.
 */
export async function deleteUnconfirmed(db: Db): Promise<number> {
  await db.delete(panelTokens).where(lt(panelTokens.expiresAt, sql`now() - interval '1 day'`));
  const deleted = await db
    .delete(panelMembers)
    .where(
      and(
        isNull(panelMembers.confirmedAt),
        lt(panelMembers.createdAt, sql`now() - make_interval(days => ${UNCONFIRMED_DAYS})`),
      ),
    )
    .returning({ id: panelMembers.id });
  return deleted.length;
}
