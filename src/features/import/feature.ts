/** The import's manifest: uploading a school's export, with a body limit of its own. */
import type { Feature } from "../../web/feature.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import * as rows from "./messages.js";
import * as screens from "./ui-messages.js";
import { importRoutes, importUploadLimit } from "./routes.js";

const messages = { rows, screens };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const importFeature: Feature = {
  name: "import",
  routes: importRoutes,
  bodyLimits: { "/organisation/import": importUploadLimit },
  messages,
};
