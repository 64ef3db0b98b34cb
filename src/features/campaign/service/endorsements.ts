/**
 * Endorsing the campaign with a double opt-in: a request is mailed a confirmation link and
 * counts for nothing until it is followed; confirming makes (or changes) the one endorsement of
 * that address and moves the count; withdrawing deletes it at once. The count is kept in slots
 * (campaign_counts): each change adds or subtracts 1 in a slot of its role and province chosen at
 * random, so confirmations at the same moment rarely meet on a row lock.
 */
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { hashToken, newToken } from "../../../auth/tokens.js";
import type { Db, Executor, Tx } from "../../../db/client.js";
import {
  CAMPAIGN_COUNT_SLOTS,
  campaignCounts,
  campaignEndorsementRequests,
  campaignEndorsements,
  campaignStories,
} from "../../../db/schema/index.js";
import type { Jobs } from "../../../jobs/queue.js";
import { notify } from "../../../mail/notify.js";
import type { Locale } from "../../../web/i18n/index.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import {
  CONFIRM_HOURS,
  REJECTED_RETENTION_DAYS,
  REQUEST_RETENTION_DAYS,
  type EndorserRole,
} from "../domain/choices.js";
import { emailKeyOf, readWithdrawToken, withdrawToken } from "../domain/keys.js";
import type { Province } from "../../../lib/provinces/index.js";
import { campaignConfirmKind } from "../notifications.js";
import { campaignChanged } from "../page-cache.js";

export interface CampaignDeps {
  db: Db;
  jobs: Pick<Jobs, "send">;
  secretKey: string;
  publicUrl: string;
}

export interface Endorser {
  role: EndorserRole;
  name: string;
  organisation: string;
  municipality: string;
  province: Province;
  public: boolean;
}

/** Records a request and mails its confirmation link (and the withdrawal link); nothing counts yet. */
export async function requestEndorsement(
  deps: CampaignDeps,
  input: { email: string; locale: Locale; endorser: Endorser },
): Promise<{ token: string }> {
  const emailKey = emailKeyOf(deps.secretKey, input.email);
  const token = newToken();
  await deps.db.transaction(async (tx) => {
    await tx.insert(campaignEndorsementRequests).values({
      tokenHash: hashToken(token),
      emailKey,
      ...input.endorser,
      expiresAt: sql`now() + make_interval(hours => ${CONFIRM_HOURS})`,
    });
    const confirmLink = `${deps.publicUrl}/campagne/bevestigen/${token}`;
    const withdrawLink = `${deps.publicUrl}/campagne/intrekken/${withdrawToken(deps.secretKey, emailKey)}`;
    await notify(tx, deps.jobs, campaignConfirmKind, [{ email: input.email, locale: input.locale }], (_, t) => ({
      subject: t("campaign.mail.confirm.subject"),
      text: t("campaign.mail.confirm.body", {
        name: input.endorser.name,
        confirmLink,
        withdrawLink,
        hours: CONFIRM_HOURS,
      }),
    }));
  });
  return { token };
}

type LinkRefusal = Refused<"unknown" | "used" | "expired">;

const unknownLink = () => refuse("unknown", "campaign.confirm.unknown", "conflict");
const usedLink = () => refuse("used", "campaign.confirm.used", "conflict");
const expiredLink = () => refuse("expired", "campaign.confirm.expired", "conflict");

/** Whether a confirmation link can still be used, for the page that asks to press the button. */
export async function confirmationState(db: Db, token: string): Promise<Outcome<{ name: string }, LinkRefusal>> {
  const [request] = await db
    .select({
      name: campaignEndorsementRequests.name,
      usedAt: campaignEndorsementRequests.usedAt,
      expired: sql<boolean>`${campaignEndorsementRequests.expiresAt} <= now()`,
    })
    .from(campaignEndorsementRequests)
    .where(eq(campaignEndorsementRequests.tokenHash, hashToken(token)));
  if (!request) return unknownLink();
  if (request.usedAt) return usedLink();
  if (request.expired) return expiredLink();
  return { ok: true, name: request.name };
}

/** Moves the count of one role and province by `by` in a random slot. */
async function count(tx: Executor, role: string, province: string, by: 1 | -1): Promise<void> {
  const slot = Math.floor(Math.random() * CAMPAIGN_COUNT_SLOTS);
  await tx
    .insert(campaignCounts)
    .values({ role, province, slot, n: by })
    .onConflictDoUpdate({
      target: [campaignCounts.role, campaignCounts.province, campaignCounts.slot],
      set: { n: sql`${campaignCounts.n} + ${by}` },
    });
}

/**
 * Confirms a request: the address's endorsement is made, or changed to what this request says
 * (a second endorsement from an address updates the first), and counted. A link works once.
 */
export async function confirmEndorsement(
  db: Db,
  token: string,
): Promise<Outcome<{ endorsementId: string; updated: boolean }, LinkRefusal>> {
  const outcome = await db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(campaignEndorsementRequests)
      .where(eq(campaignEndorsementRequests.tokenHash, hashToken(token)))
      .for("update");
    if (!request) return unknownLink();
    if (request.usedAt) return usedLink();
    if (request.expiresAt.getTime() <= Date.now()) return expiredLink();
    await tx
      .update(campaignEndorsementRequests)
      .set({ usedAt: sql`now()` })
      .where(eq(campaignEndorsementRequests.tokenHash, request.tokenHash));
    const endorser = {
      role: request.role,
      name: request.name,
      organisation: request.organisation,
      municipality: request.municipality,
      province: request.province,
      public: request.public,
    };
    const result = await upsertEndorsement(tx, request.emailKey, endorser);
    await count(tx, endorser.role, endorser.province, 1);
    return { ok: true as const, ...result };
  });
  if (outcome.ok) campaignChanged();
  return outcome;
}

/** The address's endorsement made or changed; a previous one's count taken back. */
async function upsertEndorsement(
  tx: Tx,
  emailKey: string,
  endorser: Omit<typeof campaignEndorsements.$inferInsert, "emailKey">,
): Promise<{ endorsementId: string; updated: boolean }> {
  for (;;) {
    const [existing] = await tx
      .select({ id: campaignEndorsements.id, role: campaignEndorsements.role, province: campaignEndorsements.province })
      .from(campaignEndorsements)
      .where(eq(campaignEndorsements.emailKey, emailKey))
      .for("update");
    if (existing) {
      await count(tx, existing.role, existing.province, -1);
      await tx
        .update(campaignEndorsements)
        .set({ ...endorser, confirmedAt: sql`now()` })
        .where(eq(campaignEndorsements.id, existing.id));
      return { endorsementId: existing.id, updated: true };
    }
    // Two first confirmations of one address at once: one inserts, the other finds it next round.
    const [inserted] = await tx
      .insert(campaignEndorsements)
      .values({ emailKey, ...endorser })
      .onConflictDoNothing()
      .returning({ id: campaignEndorsements.id });
    if (inserted) return { endorsementId: inserted.id, updated: false };
  }
}

/** Whether a withdrawal link is genuine and finds an endorsement or an open request. */
export async function withdrawalState(
  deps: Pick<CampaignDeps, "db" | "secretKey">,
  token: string,
): Promise<Outcome<{ name: string | null }, Refused<"unknown" | "nothing">>> {
  const emailKey = readWithdrawToken(deps.secretKey, token);
  if (!emailKey) return refuse("unknown", "campaign.withdraw.unknown", "conflict");
  const [endorsement] = await deps.db
    .select({ name: campaignEndorsements.name })
    .from(campaignEndorsements)
    .where(eq(campaignEndorsements.emailKey, emailKey));
  if (endorsement) return { ok: true, name: endorsement.name };
  const [open] = await deps.db
    .select({ name: campaignEndorsementRequests.name })
    .from(campaignEndorsementRequests)
    .where(and(eq(campaignEndorsementRequests.emailKey, emailKey), isNull(campaignEndorsementRequests.usedAt)))
    .limit(1);
  if (open) return { ok: true, name: null };
  return refuse("nothing", "campaign.withdraw.nothing", "conflict");
}

/** Deletes the address's endorsement (taking it off the count) and its open requests, at once. */
export async function withdrawEndorsement(
  deps: Pick<CampaignDeps, "db" | "secretKey">,
  token: string,
): Promise<Outcome<object, Refused<"unknown" | "nothing">>> {
  const emailKey = readWithdrawToken(deps.secretKey, token);
  if (!emailKey) return refuse("unknown", "campaign.withdraw.unknown", "conflict");
  const removed = await deps.db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(campaignEndorsements)
      .where(eq(campaignEndorsements.emailKey, emailKey))
      .returning({ role: campaignEndorsements.role, province: campaignEndorsements.province });
    if (gone) await count(tx, gone.role, gone.province, -1);
    const requests = await tx
      .delete(campaignEndorsementRequests)
      .where(eq(campaignEndorsementRequests.emailKey, emailKey))
      .returning({ used: campaignEndorsementRequests.usedAt });
    return gone !== undefined || requests.some((r) => r.used === null);
  });
  if (!removed) return refuse("nothing", "campaign.withdraw.nothing", "conflict");
  campaignChanged();
  return { ok: true };
}

/**
 * What the campaign keeps no longer: requests made more than REQUEST_RETENTION_DAYS ago (used or
 * never confirmed), and stories rejected more than REJECTED_RETENTION_DAYS ago. Idempotent.
 */
export async function sweepCampaign(db: Db): Promise<{ requests: number; stories: number }> {
  const requests = await db
    .delete(campaignEndorsementRequests)
    .where(lt(campaignEndorsementRequests.createdAt, sql`now() - make_interval(days => ${REQUEST_RETENTION_DAYS})`))
    .returning({ t: campaignEndorsementRequests.tokenHash });
  const stories = await db
    .delete(campaignStories)
    .where(
      and(
        eq(campaignStories.status, "rejected"),
        or(lt(campaignStories.decidedAt, sql`now() - make_interval(days => ${REJECTED_RETENTION_DAYS})`)),
      ),
    )
    .returning({ id: campaignStories.id });
  return { requests: requests.length, stories: stories.length };
}
