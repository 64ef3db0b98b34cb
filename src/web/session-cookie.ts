/** Starting and ending the session of the current request (cookie + server-side row). */
import type { Context } from "hono";
import { setCookie } from "hono/cookie";
import { createSession, destroySession } from "../auth/sessions.js";
import { hasSecondFactor } from "../auth/load-viewer.js";
import { cookieOptions, forgetCookie } from "../middleware/cookies.js";
import { SESSION_COOKIE } from "../middleware/session.js";
import type { AppEnv } from "./env.js";

/**
 * Signs a user in with a brand-new session id (no fixation). When the user has a
 * second factor (authenticator app or passkey), the session stays partial until
 * it is given; then the caller starts another new session with secondFactorGiven.
 * Answers whether the person is now fully signed in.
 */
export async function startSession(
  c: Context<AppEnv>,
  userId: string,
  options: { secondFactorGiven?: boolean } = {},
): Promise<boolean> {
  const { db, config } = c.var.deps;
  const fullyAuthenticated = options.secondFactorGiven === true || !(await hasSecondFactor(db, userId));
  if (c.var.viewer) await destroySession(db, c.var.viewer.sessionHash);
  const token = await createSession(db, {
    userId,
    fullyAuthenticated,
    policy: { idleMinutes: config.SESSION_IDLE_MINUTES, absoluteHours: config.SESSION_ABSOLUTE_HOURS },
  });
  setCookie(c, SESSION_COOKIE, token, cookieOptions(config.secureCookies, config.SESSION_ABSOLUTE_HOURS * 3600));
  return fullyAuthenticated;
}

export async function endSession(c: Context<AppEnv>): Promise<void> {
  const { db, config } = c.var.deps;
  if (c.var.viewer) await destroySession(db, c.var.viewer.sessionHash);
  forgetCookie(c, SESSION_COOKIE, config.secureCookies);
}
