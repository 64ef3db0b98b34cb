/** Who does what at the advice desk: pure predicates over the viewer. */
import { canEditPlatform, type Viewer } from "../../auth/viewer.js";

/** The school leader and the coordinator ask for sparring conversations and read their school's threads. */
export function mayAskSparring(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.some((role) => role === "school_leader" || role === "coordinator") ?? false;
}

/** An advisor of any organisation has an inbox: the requests of the organisations they advise. */
export function answersSparring(viewer: Viewer): boolean {
  return viewer.organisations.some((o) => o.staffRoles.includes("advisor"));
}

/** Whether the viewer advises this organisation (the inbox's thread and reply). */
export function advises(viewer: Viewer, orgId: string): boolean {
  return viewer.organisations.some((o) => o.orgId === orgId && o.staffRoles.includes("advisor"));
}

/** Platform editors (and the administrator) write the questions and guides. */
export const mayEditAdvice = canEditPlatform;
