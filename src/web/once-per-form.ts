/**
 * Create forms are idempotent against double submission (decision 007). Every form carries a
 * one-time token made when it is rendered (FormTokenField, beside the CSRF field); a create runs
 * through oncePerForm, which claims the token in the create's own transaction. The primary key
 * has the last word: a second post of the same form waits for the first (PostgreSQL blocks on
 * the uncommitted key, PGlite runs one transaction at a time), then finds the claim and answers
 * with the first one's location. A refusal or an error rolls the claim back with the create, so
 * the corrected form can be sent again with the same token.
 */
import type { Context } from "hono";
import { and, eq, sql, type Placeholder } from "drizzle-orm";
import { hashToken } from "../auth/tokens.js";
import { preparedQuery, withOrgJoined, type Scope, type Tx } from "../db/client.js";
import { formSubmissions } from "../db/schema/index.js";
import type { AppEnv } from "./env.js";
import { FormTokenError } from "./errors.js";
import { FORM_TOKEN_FIELD } from "./form-token-field.js";
import { viewerOf } from "./guards.js";
import type { Refused } from "./outcome.js";

export { FORM_TOKEN_FIELD };

/** What newToken makes: 32 random bytes in base64url. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Carries a refusal out of the transaction, so the claim rolls back with the create. */
class Refusal {
  constructor(readonly refused: Refused) {}
}

/**
 * Runs `create` at most once per submitted form. It does its work in the transaction it is
 * given (the service's scope's db: the service's own inOrg becomes a savepoint in it) and
 * returns the path of what it made, or a refusal. A second post of the same form gets the first
 * one's path without running `create`. With `joined` (the service's organisation and person)
 * the transaction is the organisation's from its start and the service's inOrg joins it
 * (withOrgJoined: no savepoint, for a service that reads nothing after a failed statement).
 * With `location`, the path a success answers with when it is known before (a booking's page),
 * it is written with the claim instead of after the create (a refusal rolls both back). With
 * `keyLookups`, the joined transaction is planned for statements by key (KEY_LOOKUPS in
 * src/db/client.ts): for a create that runs nothing else.
 */
export async function oncePerForm<T extends string | Refused>(
  c: Context<AppEnv>,
  create: (db: Tx) => Promise<T>,
  options: { joined?: Scope; location?: string; keyLookups?: boolean } = {},
): Promise<T> {
  const key = await claimKey(c);
  const { db } = c.var.deps;
  const { joined, keyLookups } = options;
  const transaction = <R>(fn: (tx: Tx) => Promise<R>) =>
    joined ? withOrgJoined(db, joined, fn, { keyLookups }) : db.transaction(fn);
  try {
    return await transaction(async (tx) => {
      const claimed = await claim(tx, { ...key, location: options.location ?? null });
      if (claimed.length === 0) return (await firstLocation(tx, key)) as T;
      const done = await create(tx);
      if (typeof done !== "string") throw new Refusal(done);
      if (done !== options.location) await locate(tx, { ...key, location: done });
      return done;
    });
  } catch (error) {
    if (error instanceof Refusal) return error.refused as T;
    throw error;
  }
}

interface ClaimKey {
  sessionHash: string;
  tokenHash: string;
}

/** The token as this session in this organisation claims it: another's token is a new form here. */
async function claimKey(c: Context<AppEnv>): Promise<ClaimKey> {
  const viewer = viewerOf(c);
  const token = await formTokenOf(c);
  return { sessionHash: viewer.sessionHash, tokenHash: hashToken(`${viewer.current?.orgId ?? "-"}:${token}`) };
}

/** The posted form's one-time token; a missing or garbled one refuses the post (reload the form). */
export async function formTokenOf(c: Context<AppEnv>): Promise<string> {
  const token = (await c.req.parseBody())[FORM_TOKEN_FIELD];
  if (typeof token !== "string" || !TOKEN.test(token)) throw new FormTokenError("form token missing or malformed");
  return token;
}

/** The claim and the location, built once (prepared): every create form posts them. */
const claim = preparedQuery("form_claim", (db) =>
  db
    .insert(formSubmissions)
    .values({
      sessionHash: sql.placeholder("sessionHash"),
      tokenHash: sql.placeholder("tokenHash"),
      location: sql.placeholder("location"),
    })
    .onConflictDoNothing()
    .returning({ token: formSubmissions.tokenHash }),
);
const locate = preparedQuery("form_claim_location", (db) =>
  db
    .update(formSubmissions)
    .set({ location: sql`${sql.placeholder("location")}` })
    .where(matches({ sessionHash: sql.placeholder("sessionHash"), tokenHash: sql.placeholder("tokenHash") })),
);

const matches = (key: { [K in keyof ClaimKey]: ClaimKey[K] | Placeholder }) =>
  and(eq(formSubmissions.sessionHash, key.sessionHash), eq(formSubmissions.tokenHash, key.tokenHash));

/** The committed first submission's location (the wait on the key has ended). */
async function firstLocation(tx: Tx, key: ClaimKey): Promise<string> {
  const [first] = await tx.select({ location: formSubmissions.location }).from(formSubmissions).where(matches(key));
  if (!first?.location) throw new FormTokenError("form token claimed without a location");
  return first.location;
}
