/**
 * Certification: the staff's page and the advisor's decisions under /certification and the public
 * list /certificaten behind the session; the verification page /certificaat/<code> before it.
 */
import { Hono } from "hono";
import type { Viewer } from "../../auth/viewer.js";
import type { AppEnv } from "../../web/env.js";
import type { NavLink } from "../../web/nav.js";
import { mayDecideCertification, mayListCertificate, maySetCriteria } from "./policy.js";
import { listRoutes } from "./routes/public.js";
import { staffRoutes } from "./routes/staff.js";

/** In the header for those who act on it: the advisor, the school leader and coordinator, the platform administrator. */
export const certificationNav: NavLink = {
  href: "/certification",
  label: "certification.nav",
  group: "plan",
  shownTo: (viewer: Viewer) =>
    mayDecideCertification(viewer) || mayListCertificate(viewer) || (maySetCriteria(viewer) && viewer.current !== null),
};

export const certificationRoutes = new Hono<AppEnv>().route("/certification", staffRoutes).route("/", listRoutes);

export { verificationRoutes } from "./routes/public.js";
