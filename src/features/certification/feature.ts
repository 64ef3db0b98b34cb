/** The certification feature's manifest: readiness, the advisor's decision, certificates and their public verification. */
import type { Feature } from "../../web/feature.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import * as certification from "./messages.js";
import * as publicTexts from "./public-messages.js";
import { certificationNav, certificationRoutes, verificationRoutes } from "./routes.js";

const messages = { certification, public: publicTexts };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const certificationFeature: Feature = {
  name: "certification",
  routes: certificationRoutes,
  publicRoutes: verificationRoutes,
  nav: [certificationNav],
  publicLinks: [{ href: "/certificaten", label: "certification.list.title", summary: "certification.list.landing" }],
  messages,
};
