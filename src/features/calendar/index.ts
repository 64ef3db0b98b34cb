/**
 * The information calendar as other features see it: the extension point through which events
 * and conversation rounds put their moments into the school year's calendar and a person's feed.
 */
export {
  audienceSees,
  calendarKinds,
  calendarSources,
  type CalendarAudience,
  type CalendarEntry,
  type CalendarKind,
  type CalendarSource,
  type CalendarWhen,
} from "./sources.js";
