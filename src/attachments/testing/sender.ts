/**
 * Who sends a request with files in a test of an upload route built without the app: a signed-in
 * viewer and the CSRF cookie a browser holds, which the upload gate requires before it counts one.
 */
import type { OrganisationAccess, Viewer } from "../../auth/viewer.js";

export const csrfCookie = { cookie: `samen_csrf=${"t".repeat(32)}` };

export function viewerIn({ userId, orgId }: { userId: string; orgId: string }): Viewer {
  const current: OrganisationAccess = {
    orgId,
    orgName: "School",
    orgType: "primary",
    requireSecondFactor: false,
    staffRoles: [],
    isGuardian: true,
  };
  return {
    userId,
    email: "",
    name: "",
    locale: null,
    isPlatformAdmin: false,
    isPlatformEditor: false,
    sessionHash: "",
    fullyAuthenticated: true,
    hasPassword: false,
    hasSecondFactor: false,
    organisations: [current],
    current,
  };
}
