/**
 * Conversation rounds under /conversations: the overview for everyone, the staff pages of a
 * round (create, overview, fair allocation), a teacher's availability and schedule, and the
 * parents' booking pages; conversations on request, "another time" and the family history.
 */
import { Hono } from "hono";
import type { AppEnv } from "../../web/env.js";
import type { NavLink } from "../../web/nav.js";
import { hasConversations } from "./policy.js";
import { agreementRoutes } from "./routes/agreements.js";
import { fairRoutes } from "./routes/fair.js";
import { historyRoutes } from "./routes/history.js";
import { otherTimeRoutes } from "./routes/other-times.js";
import { parentRoutes } from "./routes/parent.js";
import { preparationRoutes } from "./routes/preparation.js";
import { placementRoutes } from "./routes/placement.js";
import { requestRoutes } from "./routes/requests.js";
import { roundEditRoutes } from "./routes/round-edit.js";
import { staffRoutes } from "./routes/staff.js";
import { teacherRoutes } from "./routes/teacher.js";

/** "Gesprekken" in the header, for everyone with rounds, requests or a history to see. */
export const conversationsNav: NavLink = {
  href: "/conversations",
  label: "layout.conversations",
  group: "contact",
  shownTo: hasConversations,
};

export const conversationRoutes = new Hono<AppEnv>().route(
  "/conversations",
  new Hono<AppEnv>()
    .route("/", staffRoutes)
    .route("/rounds", teacherRoutes)
    .route("/rounds", fairRoutes)
    .route("/rounds", placementRoutes)
    .route("/rounds", roundEditRoutes)
    .route("/", parentRoutes)
    .route("/requests", requestRoutes)
    .route("/history", historyRoutes)
    .route("/", otherTimeRoutes)
    .route("/", preparationRoutes)
    .route("/", agreementRoutes),
);
