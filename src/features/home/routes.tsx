/** The landing page and each role's home page, and switching organisation. */
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../../web/env.js";
import { renderPage } from "../../web/layout.js";
import { requireViewer, viewerOf } from "../../web/guards.js";
import { parseForm } from "../../web/validation.js";
import { updateSession } from "../../auth/sessions.js";
import { canManageOrganisation, isAdvisor, isTeacher } from "../../auth/viewer.js";
import { redirectWithFlash } from "../../web/flash.js";
import { ForbiddenError } from "../../web/errors.js";
import { localPath } from "../../web/local-path.js";
import { homeItems } from "../../web/home.js";
import { rolesOfOrgInText } from "../../web/role-names.js";
import { invitationsReceived } from "../organisation/index.js";
import { listAllOrganisations, listMyChildren, listMyGroups, organisationOverview } from "./queries.js";
import { HomePage, Landing, type HomeData } from "./views.js";

export const homeRoutes = new Hono<AppEnv>()
  .get("/", (c) =>
    c.var.viewer
      ? c.redirect("/home", 303)
      : renderPage(c, { title: c.var.t("landing.title"), children: <Landing t={c.var.t} links={c.var.publicLinks} /> }),
  )
  .get("/home", requireViewer, async (c) => {
    const viewer = viewerOf(c);
    const db = c.var.deps.db;
    const current = viewer.current;
    const scope = current ? { orgId: current.orgId, userId: viewer.userId } : null;
    // Every part at once: the features' contributors and the directory's lists are independent reads.
    const [items, invitations, children, groups, overview, all] = await Promise.all([
      current
        ? homeItems(
            {
              db,
              viewer,
              orgId: current.orgId,
              t: c.var.t,
              locale: c.var.locale,
              now: new Date(),
              secretKey: c.var.deps.config.SECRET_KEY,
            },
            (error) => c.var.log.error({ err: error }, "a home contributor failed"),
          )
        : [],
      invitationsReceived(db, viewer.userId),
      scope && current?.isGuardian ? listMyChildren(db, scope) : null,
      scope && isTeacher(viewer) ? listMyGroups(db, scope) : null,
      scope && canManageOrganisation(viewer) ? organisationOverview(db, scope) : null,
      viewer.isPlatformAdmin ? listAllOrganisations(db) : null,
    ]);
    const guided = isAdvisor(viewer) ? viewer.organisations.filter((o) => o.staffRoles.includes("advisor")) : null;
    // Invitations from organisations the person has no place in yet wait for their answer first.
    const invited = invitations.map((i) => ({
      section: "now" as const,
      text: c.var.t("org.invitations.home", {
        org: i.orgName,
        roles: rolesOfOrgInText(c.var.locale, i.orgType, i.roles),
      }),
      href: "/invitations",
    }));
    const data: HomeData = {
      items: [...invited, ...items],
      children,
      groups,
      overview,
      guided,
      invited: invited.length,
      all,
    };
    const page = <HomePage t={c.var.t} viewer={viewer} csrf={c.var.csrfToken} data={data} />;
    return renderPage(c, { title: c.var.t("home.title"), children: page });
  })
  .post("/home/organisation", requireViewer, async (c) => {
    const viewer = viewerOf(c);
    const form = await parseForm(c, z.object({ orgId: z.string().uuid(), next: z.string().optional() }));
    if (!form.ok || !viewer.organisations.some((o) => o.orgId === form.data.orgId))
      throw new ForbiddenError("organisation");
    await updateSession(c.var.deps.db, viewer.sessionHash, { currentOrgId: form.data.orgId });
    return redirectWithFlash(c, localPath(form.data.next) ?? "/home", "home.switched");
  });
