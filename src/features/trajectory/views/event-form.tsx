/**
 * The leaders' form that lets a parent evening take sign-ups: the start and end time on the
 * session's day, the place and the capacity (empty: no limit); below it who signed up, with the
 * total against the capacity, and the way to cancel the evening (skipping the session); once it has
 * started, the way to record that the session was skipped after all.
 */
import { ErrorSummary, Field, Form, formFields } from "../../../web/components/forms.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { formatDate } from "../../../lib/time/format.js";
import { SignupListView, type SignupList } from "../../events/index.js";
import type { SessionRow } from "../service/facts.js";
import type { PageBase } from "./props.js";
import { BackLink } from "../../../web/components/back-link.js";
import { sessionWords } from "../domain/template.js";

export interface EventPageProps extends PageBase {
  session: SessionRow;
  signups: SignupList | null;
  form: { values: FormValues; errors: FormErrors };
  /** The evening has started or is over: skipping the session no longer cancels it. */
  started: boolean;
}

export function EventPage({ t, locale, csrf, session, signups, form, started }: EventPageProps) {
  const { values, errors } = form;
  const field = formFields(values, errors);
  return (
    <section class="narrow">
      <BackLink href={`/trajectory/sessions/${session.id}`} label={t("trajectory.event.back")} />
      <h1>{t("trajectory.event.title", { topic: sessionWords(t, session).topic })}</h1>
      <p>
        {session.heldOn
          ? t("trajectory.event.day", { date: formatDate(locale, session.heldOn) })
          : t("events.error.needsDay")}
      </p>
      {signups?.cancelled ? <p class="notice">{t("events.status.cancelledLong")}</p> : null}
      <ErrorSummary t={t} errors={errors} />
      <Form action={`/trajectory/sessions/${session.id}/event`} csrf={csrf}>
        <Field {...field("startsAt")} type="time" label={t("trajectory.event.startsAt")} required />
        <Field {...field("endsAt")} type="time" label={t("trajectory.event.endsAt")} required />
        <Field {...field("place")} label={`${t("trajectory.event.place")} ${t("form.optional")}`} />
        <Field
          {...field("capacity")}
          inputmode="numeric"
          label={`${t("trajectory.event.capacity")} ${t("form.optional")}`}
          hint={t("trajectory.event.capacityHint")}
        />
        <button type="submit">{t("form.save")}</button>
      </Form>
      {signups ? <SignupListView t={t} locale={locale} list={signups} /> : null}
      {signups && session.status === "planned" ? (
        <p>
          <a href={`/trajectory/sessions/${session.id}#skip-title`}>
            {t(started ? "trajectory.event.skipLink" : "trajectory.event.cancelLink")}
          </a>
        </p>
      ) : null}
    </section>
  );
}
