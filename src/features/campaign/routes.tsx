/**
 * The campaign: the public pages before the session (routes/public.tsx), the visitor's forms and
 * the links from the mails behind it (routes/visitor.tsx), the editors' page and the
 * administrator's list of editors (routes/editor.tsx).
 */
import type { Viewer } from "../../auth/viewer.js";
import { joinRoutes } from "../../web/join-routes.js";
import type { NavLink } from "../../web/nav.js";
import { mayEditCampaign } from "./policy.js";
import { editorRoutes, editorsAdminRoutes } from "./routes/editor.js";
import { visitorRoutes } from "./routes/visitor.js";

/** In the header for platform editors (and the administrator): the editors' page. */
export const campaignNav: NavLink = {
  href: "/campagne/redactie",
  label: "campaign.nav",
  group: "platform",
  shownTo: (viewer: Viewer) => mayEditCampaign(viewer),
};

/** In the header for the administrator: the editors they appoint, a page nothing else linked to. */
export const editorsNav: NavLink = {
  href: "/admin/editors",
  label: "campaign.editors.nav",
  group: "platform",
  shownTo: (viewer: Viewer) => viewer.isPlatformAdmin,
};

export const campaignRoutes = joinRoutes(visitorRoutes, editorRoutes, editorsAdminRoutes);

export { campaignPublicRoutes } from "./routes/public.js";
