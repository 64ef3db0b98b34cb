/** The import's manifest: uploading a school's export, with a body limit of its own. */
import type { Feature } from "../../web/feature.js";
import { importRoutes, importUploadLimit } from "./routes.js";

export const importFeature: Feature = {
  name: "import",
  routes: importRoutes,
  bodyLimits: { "/organisation/import": importUploadLimit },
};
