/**
 * How a service answers a request it may refuse for a reason the person is told (a taken slot,
 * a child that is not theirs): done, or refused with a reason code, the message that explains it,
 * what kind of refusal it is and, when it is about one field of a form, that field. Services say
 * the kind, never an HTTP status: routes turn kinds into statuses in one place (form-refusal.ts).
 * Input that breaks a form's rules is refused by throwing InputError instead (input-error.ts).
 */
import type { MessageKey } from "./i18n/index.js";

/** Not the person's to do (403), it collides with what is there now (409), or it is not possible as asked (422). */
export type RefusalKind = "forbidden" | "conflict" | "invalid";

export interface Refused<R extends string = string> {
  ok: false;
  /** What went wrong, for code and tests: "slotTaken". */
  reason: R;
  /** The message the person reads. */
  key: MessageKey;
  kind: RefusalKind;
  /** The form field the refusal is about, if it is about one. */
  field?: string;
}

/** Done (with whatever the service hands back), or one of the refusals F. */
export type Outcome<T extends object = object, F extends Refused = Refused> = ({ ok: true } & T) | F;

/** A refusal. */
export function refuse<R extends string>(reason: R, key: MessageKey, kind: RefusalKind, field?: string): Refused<R> {
  return field === undefined ? { ok: false, reason, key, kind } : { ok: false, reason, key, kind, field };
}
