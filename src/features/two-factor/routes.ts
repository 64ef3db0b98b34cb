/** The second factor: set-up under /account/two-factor, the second sign-in step under /sign-in/second-factor. */
import { Hono } from "hono";
import type { AppEnv } from "../../web/env.js";
import { twoFactorAccountRoutes } from "./account-routes.js";
import { secondFactorRoutes } from "./sign-in-routes.js";

export const twoFactorRoutes = new Hono<AppEnv>().route("/", twoFactorAccountRoutes).route("/", secondFactorRoutes);
