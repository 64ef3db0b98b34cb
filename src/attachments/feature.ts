/**
 * Attachments are shared infrastructure, not a feature: features store them with their records
 * (store.ts, upload.ts) and answer who may see them (owners.ts). This manifest only plugs the
 * download route into the app, as a feature's would (its texts are in src/features/catalogs.ts).
 */
import type { Feature } from "../web/feature.js";
import { attachmentRoutes } from "./routes.js";

export const attachmentsInfrastructure: Feature = { name: "attachments", routes: attachmentRoutes };
