/**
 * An event as a parent sees it where they sign up: time, place, places left, their sign-up and
 * the forms to sign up, change the number or cancel. Plain forms: it works without JavaScript.
 * The owning feature gives the paths its routes take the posts at.
 */
import { Field, Form } from "../../../web/components/forms.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { formatSlot } from "../../../lib/time/format.js";
import type { EventState } from "../service/events.js";
import { ButtonForm } from "../../../web/components/button-form.js";

export interface SignupBoxProps {
  t: Translate;
  locale: Locale;
  csrf: string;
  event: EventState;
  /** Where the sign-up form posts; the cancel form posts to `${action}/cancel`. */
  action: string;
  /** The error beside the number, when a sign-up of this event was refused. */
  error?: string | undefined;
}

/** An event's day and time, and its place on the next line when it has one. */
export function WhenAndWhere(props: {
  t: Translate;
  locale: Locale;
  event: { startsAt: Date; endsAt: Date; place: string };
}) {
  const { t, locale, event } = props;
  return (
    <>
      {formatSlot(locale, event.startsAt, event.endsAt)}
      {event.place ? (
        <>
          <br />
          {t("events.place", { place: event.place })}
        </>
      ) : null}
    </>
  );
}

export function SignupBox({ t, locale, csrf, event, action, error }: SignupBoxProps) {
  const waiting = event.waitingPosition !== null;
  const places =
    event.placesLeft === null
      ? t("events.places.open")
      : event.placesLeft === 0
        ? // Only someone not yet coming or waiting is asked to sign up anyway for the waiting list.
          t(event.waitingList && event.mine === null ? "events.places.fullWaiting" : "events.places.full")
        : t("events.places.left", { count: event.placesLeft });
  const submit =
    event.mine !== null
      ? "events.signup.change"
      : event.waitingList && event.placesLeft === 0
        ? "events.signup.waitingList"
        : "events.signup.submit";
  return (
    <div class="card">
      <p>
        <WhenAndWhere t={t} locale={locale} event={event} />
        <br />
        {places}
      </p>
      {waiting ? (
        <p class="notice">{t("events.waiting", { position: event.waitingPosition ?? 0, people: event.mine ?? 0 })}</p>
      ) : event.mine !== null ? (
        <p class="notice">{t("events.mine", { people: event.mine })}</p>
      ) : null}
      {event.started ? (
        <p>{t("events.started")}</p>
      ) : (
        <>
          <Form action={action} csrf={csrf}>
            <Field
              name="people"
              label={t("events.people.label")}
              type="number"
              inputmode="numeric"
              value={String(event.mine ?? 1)}
              error={error}
            />
            <button type="submit">{t(submit)}</button>
          </Form>
          {event.mine !== null ? (
            <ButtonForm
              action={`${action}/cancel`}
              csrf={csrf}
              class="secondary"
              label={t(waiting ? "events.cancel.waiting" : "events.cancel.submit")}
            />
          ) : null}
        </>
      )}
    </div>
  );
}
