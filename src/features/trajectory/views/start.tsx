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
import { Section } from "../../../web/components/section.js";

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
        <Section id="start-title" title={t("trajectory.start.title")} class="narrow">
          <ErrorSummary t={t} errors={errors} />
          <Form action="/trajectory" csrf={csrf}>
            <Select
              {...field("advisorId")}
              label={`${t("trajectory.start.advisor")} ${t("form.optional")}`}
              hint={t("trajectory.start.advisorHint")}
              options={advisors}
            />
            <button type="submit">{t("trajectory.start.submit")}</button>
          </Form>
        </Section>
      ) : (
        <p>{t("trajectory.start.notYet")}</p>
      )}
      {data.history.length ? (
        <Section id="history-title" title={t("trajectory.history.title")}>
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
        </Section>
      ) : null}
    </>
  );
}
