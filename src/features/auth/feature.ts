/** The sign-in feature's manifest; its catalog also holds the account page's texts. */
import type { Feature } from "../../web/feature.js";
import { authRoutes } from "./routes.js";
import { authRetentionJob } from "../../auth/retention-jobs.js";

export const authFeature: Feature = { name: "auth", routes: authRoutes, jobs: [authRetentionJob] };
