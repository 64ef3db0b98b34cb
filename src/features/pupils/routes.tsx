/**
 * Pupil administration under /organisation: groups, school years, pupils,
 * guardians and the audit trail. Managers (school leader, coordinator, office)
 * may change everything; teachers and mentors only read their own groups.
 */
import { Hono } from "hono";
import type { AppEnv } from "../../web/env.js";
import { auditRoutes } from "./routes/audit.js";
import { staffOnly } from "./routes/context.js";
import { groupRoutes } from "./routes/groups.js";
import { guardianRoutes } from "./routes/guardians.js";
import { pupilPageRoutes } from "./routes/pupil-page.js";
import { pupilListRoutes } from "./routes/pupils.js";
import { schoolYearRoutes } from "./routes/school-years.js";

const pupilRoutes = new Hono<AppEnv>().use("*", staffOnly).route("/", pupilListRoutes).route("/", pupilPageRoutes);

export const pupilsRoutes = new Hono<AppEnv>()
  .route("/organisation/groups", groupRoutes)
  .route("/organisation/school-years", schoolYearRoutes)
  .route("/organisation/pupils", pupilRoutes)
  .route("/organisation/guardians", guardianRoutes)
  .route("/organisation/audit", auditRoutes);

export { OrganisationNav, type OrganisationSection } from "./views/nav.js";
