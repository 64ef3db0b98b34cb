/**
 * No active trajectory: what a trajectory is, and for the school leader or coordinator the form
 * to start one, optionally with one of the organisation's advisors. Earlier trajectories below.
 */
import { formatTimestamp } from "../../../lib/time/format.js";
import { ErrorSummary, Form, formFields, Select } from "../../../web/components/forms.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { phases } from "../domain/phase.js";
import type { TimelineData } from "../service/timeline.js";
import type { StaffBase } from "./props.js";

export function StartPage(props: StaffBase & { data: TimelineData; values: FormValues; errors: FormErrors }) {
  const { t, locale, csrf, leads, data, values, errors } = props;
  const field = formFields(values, errors);
  const advisors = [
    { value: "", label: t("trajectory.start.noAdvisor") },
    ...data.advisors.map((a) => ({ value: a.id, label: a.name })),
  ];
  return (
    <>
      <h1>{t("trajectory.title")}</h1>
      <p class="lead">{t("trajectory.start.intro")}</p>
      <ol>
        {phases.map((phase) => (
          <li>
            <strong>{t(`trajectory.phase.${phase}`)}</strong>: {t(`trajectory.phase.${phase}.about`)}
          </li>
        ))}
      </ol>
      {leads ? (
        <section class="narrow" aria-labelledby="start-title">
          <h2 id="start-title">{t("trajectory.start.title")}</h2>
          <ErrorSummary title={t("form.errorSummary")} errors={errors} />
          <Form action="/trajectory" csrf={csrf}>
            <Select
              {...field("advisorId")}
              label={`${t("trajectory.start.advisor")} ${t("form.optional")}`}
              hint={t("trajectory.start.advisorHint")}
              options={advisors}
            />
            <button type="submit">{t("trajectory.start.submit")}</button>
          </Form>
        </section>
      ) : (
        <p>{t("trajectory.start.notYet")}</p>
      )}
      {data.history.length ? (
        <section aria-labelledby="history-title">
          <h2 id="history-title">{t("trajectory.history.title")}</h2>
          <ul>
            {data.history.map((h) => (
              <li>
                {t("trajectory.history.item", {
                  from: formatTimestamp(locale, h.startedAt),
                  to: h.endedAt ? formatTimestamp(locale, h.endedAt) : "",
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
