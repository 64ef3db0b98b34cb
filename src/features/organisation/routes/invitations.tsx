/** The invited person's side: their invitations from organisations they have no place in yet, to accept or decline. */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { renderPage } from "../../../web/layout.js";
import { requireViewer, viewerOf } from "../../../web/guards.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { pathId } from "../../../web/route-context.js";
import { updateSession } from "../../../auth/sessions.js";
import { endSession } from "../../../web/session-cookie.js";
import type { Db } from "../../../db/client.js";
import { acceptInvitation, declineInvitation, invitationsReceived, type ReceivedInvitation } from "../invitations.js";
import { InvitationsPage } from "../views/staff.js";
import { unlessGone } from "./context.js";

/** The person's invitations page; `gone` says why the one they answered is not on it (still a 404). */
async function invitationsPage(c: Context<AppEnv>, gone = false) {
  const invitations = await invitationsReceived(c.var.deps.db, viewerOf(c).userId);
  const page = (
    <InvitationsPage t={c.var.t} locale={c.var.locale} csrf={c.var.csrfToken} invitations={invitations} gone={gone} />
  );
  return renderPage(c, { title: c.var.t("org.invitations.title"), children: page }, gone ? 404 : 200);
}

/**
 * Answers the invitation in the path, then `done`. An invitation withdrawn, expired or already answered
 * (a page opened before that, a second tab) is not found, as one of another person is: the person reads
 * so on their invitations page, not on a bare "page not found".
 */
function answerWith<Answered extends ReceivedInvitation>(
  c: Context<AppEnv>,
  answer: (options: { db: Db; userId: string; sessionHash: string; invitationId: string }) => Promise<Answered>,
  done: (invitation: Answered) => Promise<Response>,
) {
  const { userId, sessionHash } = viewerOf(c);
  const answered = () => answer({ db: c.var.deps.db, userId, sessionHash, invitationId: pathId(c, "invitationId") });
  return unlessGone(
    async () => done(await answered()),
    () => invitationsPage(c, true),
  );
}

export const invitationRoutes = new Hono<AppEnv>()
  .get("/invitations", requireViewer, (c) => invitationsPage(c))
  .post("/invitations/:invitationId/accept", requireViewer, (c) =>
    answerWith(c, acceptInvitation, async ({ orgId }) => {
      // The person works in the organisation they just joined: otherwise the home page shows whichever
      // of theirs comes first, and they cannot tell whether accepting did anything.
      await updateSession(c.var.deps.db, viewerOf(c).sessionHash, { currentOrgId: orgId });
      return redirectWithFlash(c, "/home", "org.invitations.accepted");
    }),
  )
  .post("/invitations/:invitationId/decline", requireViewer, (c) =>
    answerWith(c, declineInvitation, async ({ accountDeleted }) => {
      if (!accountDeleted) return redirectWithFlash(c, "/invitations", "org.invitations.declined");
      // The account the invitation made went with it, and its session too: the page that says so.
      await endSession(c);
      return c.redirect("/account-deleted", 303);
    }),
  );
