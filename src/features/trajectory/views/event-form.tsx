/**
 * The leaders' form that lets a parent evening take sign-ups: the start and end time on the
 * session's day, the place and the capacity (empty: no limit), with how many signed up so far.
 */
import { ErrorSummary, Field, Form } from "../../../web/components/forms.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { formatDate } from "../../../lib/time/format.js";
import type { EventState } from "../../events/index.js";
import type { SessionRow } from "../service/facts.js";
import type { PageBase } from "./props.js";

export interface EventPageProps extends PageBase {
  session: SessionRow;
  event: EventState | null;
  form: { values: FormValues; errors: FormErrors };
}

export function EventPage({ t, locale, csrf, session, event, form }: EventPageProps) {
  const { values, errors } = form;
  return (
    <section class="narrow">
      <p>
        <a href={`/trajectory/sessions/${session.id}`}>{t("trajectory.event.back")}</a>
      </p>
      <h1>{t("trajectory.event.title", { topic: session.topic })}</h1>
      <p>
        {session.heldOn
          ? t("trajectory.event.day", { date: formatDate(locale, session.heldOn) })
          : t("events.error.needsDay")}
      </p>
      {event ? <p class="notice">{t("trajectory.event.signedUp", { count: event.taken })}</p> : null}
      <ErrorSummary title={t("form.errorSummary")} errors={errors} />
      <Form action={`/trajectory/sessions/${session.id}/event`} csrf={csrf}>
        <Field
          name="startsAt"
          type="time"
          label={t("trajectory.event.startsAt")}
          value={values.startsAt}
          error={errors.startsAt}
          required
        />
        <Field
          name="endsAt"
          type="time"
          label={t("trajectory.event.endsAt")}
          value={values.endsAt}
          error={errors.endsAt}
          required
        />
        <Field
          name="place"
          label={`${t("trajectory.event.place")} ${t("form.optional")}`}
          value={values.place}
          error={errors.place}
        />
        <Field
          name="capacity"
          inputmode="numeric"
          label={`${t("trajectory.event.capacity")} ${t("form.optional")}`}
          hint={t("trajectory.event.capacityHint")}
          value={values.capacity}
          error={errors.capacity}
        />
        <button type="submit">{t("form.save")}</button>
      </Form>
    </section>
  );
}
