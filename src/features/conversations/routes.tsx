/**
 * Conversation rounds under /conversations: the overview for everyone, the staff pages of a
 * round (create, overview, fair allocation), a teacher's availability and schedule, and the
 * parents' booking pages.
 */
import { Hono } from "hono";
import type { AppEnv } from "../../web/env.js";
import { fairRoutes } from "./routes/fair.js";
import { parentRoutes } from "./routes/parent.js";
import { staffRoutes } from "./routes/staff.js";
import { teacherRoutes } from "./routes/teacher.js";

export const conversationRoutes = new Hono<AppEnv>().route(
  "/conversations",
  new Hono<AppEnv>()
    .route("/", staffRoutes)
    .route("/rounds", teacherRoutes)
    .route("/rounds", fairRoutes)
    .route("/", parentRoutes),
);
