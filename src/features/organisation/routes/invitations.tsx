/** The invited person's side: their invitations from organisations they have no place in yet, to accept or decline. */
import { Hono } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { renderPage } from "../../../web/layout.js";
import { requireViewer, viewerOf } from "../../../web/guards.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { pathId } from "../../../web/route-context.js";
import { acceptInvitation, declineInvitation, invitationsReceived } from "../invitations.js";
import { InvitationsPage } from "../views/staff.js";

export const invitationRoutes = new Hono<AppEnv>()
  .get("/invitations", requireViewer, async (c) => {
    const invitations = await invitationsReceived(c.var.deps.db, viewerOf(c).userId);
    const page = <InvitationsPage t={c.var.t} csrf={c.var.csrfToken} invitations={invitations} />;
    return renderPage(c, { title: c.var.t("org.invitations.title"), children: page });
  })
  .post("/invitations/:invitationId/accept", requireViewer, async (c) => {
    const answer = { db: c.var.deps.db, userId: viewerOf(c).userId, invitationId: pathId(c, "invitationId") };
    await acceptInvitation(answer);
    return redirectWithFlash(c, "/home", "org.invitations.accepted");
  })
  .post("/invitations/:invitationId/decline", requireViewer, async (c) => {
    const answer = { db: c.var.deps.db, userId: viewerOf(c).userId, invitationId: pathId(c, "invitationId") };
    await declineInvitation(answer);
    return redirectWithFlash(c, "/invitations", "org.invitations.declined");
  });
