/**
 * One-time sign-in links: 256 random bits, stored only as a hash, single use,
 * valid for ten minutes; an invitation's link to an account that never signed in lasts a week,
 * because such a mail is often read hours later (createSignInToken), and only until the account first
 * signs in, by whatever means (consumeSignInToken). Consuming is one UPDATE … WHERE used_at IS NULL, so
 * two clicks at once cannot both succeed.
 */
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { rowsOf, type Db, type Executor } from "../db/client.js";
import { orderedId } from "../db/ordered-id.js";
import { signInTokens, users } from "../db/schema/index.js";
import { hashToken, newToken } from "./tokens.js";

export const LINK_MINUTES = 10;
/** An invitation's link for an account never signed in: nothing of the person's is behind it yet. */
export const INVITATION_LINK_DAYS = 7;

/** How long a link lasts, for the mail to say: the key's count (minutes or days). */
export type LinkLifetime = { key: "signIn.linkLasts.minutes" | "signIn.linkLasts.days"; count: number };

export async function findUserByEmail(db: Db, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
  return user ?? null;
}

/**
 * Creates an invitation's link token for a user; returns the token to put in the mail and how long it
 * lasts: a week while the account never signed in, else the usual ten minutes (a second factor or
 * the person's data may be behind it).
 */
export async function createSignInToken(db: Db, userId: string): Promise<{ token: string; lasts: LinkLifetime }> {
  const [user] = await db.select({ signedInAt: users.signedInAt }).from(users).where(eq(users.id, userId));
  const lasts: LinkLifetime = user?.signedInAt
    ? { key: "signIn.linkLasts.minutes", count: LINK_MINUTES }
    : { key: "signIn.linkLasts.days", count: INVITATION_LINK_DAYS };
  const minutes = lasts.key === "signIn.linkLasts.days" ? lasts.count * 24 * 60 : lasts.count;
  const token = newToken();
  await db.insert(signInTokens).values({
    tokenHash: hashToken(token),
    userId,
    expiresAt: new Date(Date.now() + minutes * 60_000),
  });
  return { token, lasts };
}

/**
 * Records a sign-in link for the account `userId` in one statement: the token's hash and the mail in
 * the outbox, addressed to the account and marked as theirs (deleting the account deletes it). For null (an address without an account) the very same
 * statement runs and matches no account, so it records nothing: asking for a link costs the same
 * either way. The outbox row's id, if any, for delivery.
 */
export async function recordSignInLink(
  db: Executor,
  link: { userId: string | null; tokenHash: string; subject: string; text: string },
): Promise<string[]> {
  const expiresAt = new Date(Date.now() + LINK_MINUTES * 60_000);
  const account = sql`select id, email from users where id = ${link.userId}::uuid`;
  const result = await db.execute(sql`
    with account as (${account}),
      token as (insert into sign_in_tokens (token_hash, user_id, expires_at)
        select ${link.tokenHash}, id, ${expiresAt.toISOString()}::timestamptz from account)
    insert into outbox (id, "to", subject, text, user_id)
      select ${orderedId()}::uuid, email, ${link.subject}, ${link.text}, id from account returning id`);
  return rowsOf<{ id: string }>(result).map((row) => row.id);
}

/**
 * A link made before the account's first sign-in (an invitation's, which may last a week) is for that
 * first sign-in only: once the account is the person's, such a mail no longer opens it. A link made
 * since (ten minutes) is not older than the first sign-in.
 */
const notOlderThanFirstSignIn = sql`not exists (select 1 from ${users}
  where ${users.id} = ${signInTokens.userId} and ${users.signedInAt} > ${signInTokens.createdAt})`;

/** Marks the token used and returns its user id; null when unknown, used, expired or outlived. */
export async function consumeSignInToken(db: Db, token: string): Promise<string | null> {
  const [row] = await db
    .update(signInTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(signInTokens.tokenHash, hashToken(token)),
        isNull(signInTokens.usedAt),
        gt(signInTokens.expiresAt, sql`now()`),
        notOlderThanFirstSignIn,
      ),
    )
    .returning({ userId: signInTokens.userId });
  return row?.userId ?? null;
}
