/**
 * Conversations on request, as plain rules: the topics, the states (requested → proposed →
 * scheduled → held, or cancelled) and who may take which step. The side that did not ask
 * proposes times, the asker accepts one; the teacher may also just set the time, and marks
 * the conversation held once it has started.
 */
export const requestTopics = ["progress", "wellbeing", "behaviour", "home", "support", "other"] as const;
export type RequestTopic = (typeof requestTopics)[number];

export type Side = "parent" | "teacher";
export type RequestStatus = "requested" | "proposed" | "scheduled" | "held" | "cancelled";
export type RequestStep = "propose" | "accept" | "set" | "cancel" | "hold";
export type RequestRefusal = "notYourStep" | "alreadyDone" | "notStarted";

export interface RequestState {
  status: RequestStatus;
  askedBy: Side;
  startsAt: Date | null;
}

const open: readonly RequestStatus[] = ["requested", "proposed", "scheduled"];

/** Why `side` may not take `step` now, or null when it may. */
export function refusalOf(step: RequestStep, request: RequestState, side: Side, now: Date): RequestRefusal | null {
  if (!open.includes(request.status)) return "alreadyDone";
  switch (step) {
    case "propose":
      if (side === request.askedBy) return "notYourStep";
      return request.status === "scheduled" ? "alreadyDone" : null;
    case "accept":
      if (side !== request.askedBy) return "notYourStep";
      return request.status === "proposed" ? null : "alreadyDone";
    case "set":
      return side === "teacher" ? null : "notYourStep";
    case "cancel":
      return null;
    case "hold":
      if (side !== "teacher") return "notYourStep";
      if (request.status !== "scheduled") return "alreadyDone";
      return request.startsAt && request.startsAt <= now ? null : "notStarted";
  }
}

/** The steps `side` may take now, for the page to offer. */
export function stepsFor(request: RequestState, side: Side, now: Date): RequestStep[] {
  const steps: RequestStep[] = ["propose", "accept", "set", "cancel", "hold"];
  return steps.filter((step) => refusalOf(step, request, side, now) === null);
}
