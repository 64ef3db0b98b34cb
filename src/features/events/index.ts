/**
 * Events as other features use them: a feature that owns an event (the trajectory's parent
 * evenings; the communication's events later) makes it with its time, place and capacity, checks
 * who is invited, and calls these in its own transaction to sign people up or cancel. The
 * capacity rule, the rule that a started event is no longer cancelled, and the sign-up table live
 * here once; the reminder the day before is this
 * feature's job.
 */
export { MAX_PEOPLE, admits, placesLeft } from "./domain/capacity.js";
export { tooLateToCancel } from "./domain/cancelling.js";
export { eventForm, signupForm, type EventForm } from "./schemas.js";
export {
  eventRow,
  eventStates,
  saveEvent,
  type EventInput,
  type EventState,
  type SaveRefusal,
} from "./service/events.js";
export {
  cancelSignup,
  signUp,
  type CancelRefusal,
  type MoveUpDeps,
  type Signed,
  type SignupRefusal,
} from "./service/signups.js";
export { signupsOfPerson } from "./service/export.js";
export { cancelEvent, type CancelDeps, type Cancelled } from "./service/cancel.js";
export { signupList, type SignupList } from "./service/signup-list.js";
export { SignupListView } from "./views/signup-list.js";
export { SignupBox, WhenAndWhere } from "./views/signup.js";
export { eventEntry, eventEntryColumns, eventsTouching } from "./service/calendar-entry.js";
export { eventHomeItem, HOME_DAYS, type HomeEvent } from "./home.js";
