/** The certification feature's manifest: readiness, the advisor's decision, certificates and their public verification. */
import type { Feature } from "../../web/feature.js";
import { certificationNav, certificationRoutes, verificationRoutes } from "./routes.js";

export const certificationFeature: Feature = {
  name: "certification",
  routes: certificationRoutes,
  publicRoutes: verificationRoutes,
  nav: [certificationNav],
  publicLinks: [{ href: "/certificaten", label: "certification.list.title", summary: "certification.list.landing" }],
};
