/** The second factor: set-up under /account/two-factor, the second sign-in step under /sign-in/second-factor. */
import { joinRoutes } from "../../web/join-routes.js";
import { twoFactorAccountRoutes } from "./account-routes.js";
import { secondFactorRoutes } from "./sign-in-routes.js";

export const twoFactorRoutes = joinRoutes(twoFactorAccountRoutes, secondFactorRoutes);
