/**
 * The idea board under /ideas: parents and staff post, support and react; the school leader and
 * coordinator moderate. Each route carries its own guard (policy.ts).
 */
import { Hono } from "hono";
import type { AppEnv } from "../../web/env.js";
import type { NavLink } from "../../web/nav.js";
import { mayUseIdeaBoard } from "./policy.js";
import { boardRoutes } from "./routes/board.js";
import { moderationRoutes } from "./routes/moderation.js";

/** "Ideeën" in the header for parents and staff. */
export const ideasNav: NavLink = { href: "/ideas", label: "ideas.nav", group: "parents", shownTo: mayUseIdeaBoard };

export const ideaRoutes = new Hono<AppEnv>().route("/ideas", moderationRoutes).route("/ideas", boardRoutes);
