/** /buddies/coordinate: the open requests with ranked suggestions and a form to pair, the volunteers, the pairs and their age. */
import { formatDay } from "../../../lib/time/format.js";
import { DataTable } from "../../../web/components/data-table.js";
import { ErrorSummary, Form, labelField } from "../../../web/components/forms.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { FormErrors } from "../../../web/validation.js";
import { languageName } from "../../network/index.js";
import { daysBetween } from "../domain/ranking.js";
import type { Coordination, OpenRequest, VolunteerRow } from "../service/reads.js";
import type { Suggestion } from "../domain/ranking.js";
import { Section } from "../../../web/components/section.js";
import { ButtonForm } from "../../../web/components/button-form.js";

interface Props {
  t: Translate;
  locale: Locale;
  csrf: string;
  data: Coordination;
  now: Date;
  problem?: { requestId: string; errors: FormErrors } | undefined;
}

function why(t: Translate, locale: Locale, s: Suggestion<VolunteerRow>): string {
  const names = (codes: string[]) => codes.map((c) => languageName(locale, c)).join(", ");
  const groups = s.volunteer.groupNames.filter((_, i) => s.sharedGroups.includes(s.volunteer.groupIds[i]!));
  return t("buddies.coordinate.why", {
    languages: s.sharedLanguages.length
      ? t("buddies.coordinate.sharedLanguages", { languages: names(s.sharedLanguages) })
      : t("buddies.coordinate.noLanguage"),
    groups: groups.length
      ? t("buddies.coordinate.sameGroup", { groups: groups.join(", ") })
      : t("buddies.coordinate.otherGroup"),
    availability: s.sharedAvailability.length
      ? t("buddies.coordinate.sharedAvailability", {
          times: s.sharedAvailability.map((a) => t(`buddies.availability.${a as "morning"}`)).join(", "),
        })
      : t("buddies.coordinate.noAvailability"),
  });
}

function Request({ t, locale, csrf, request, problem }: Omit<Props, "data" | "now"> & { request: OpenRequest }) {
  const errors = problem?.requestId === request.id ? problem.errors : {};
  const legendId = `choose-${request.id}`;
  // Hand-made radio buttons: the error summary still names the choice (the same legend on every request).
  labelField("offerId", t("buddies.coordinate.suggestions"));
  return (
    <li class="card">
      <h3>{request.name}</h3>
      <p class="muted">
        {t("buddies.coordinate.asked", { date: formatDay(locale, request.createdAt) })}
        {request.groupNames.length
          ? ` · ${t("buddies.coordinate.groups", { groups: request.groupNames.join(", ") })}`
          : ""}
      </p>
      <p>
        {request.reasons.map((r) => t(`buddies.reason.${r as "new"}`)).join(" · ")}
        <br />
        {request.languages.map((c) => languageName(locale, c)).join(", ")} ·{" "}
        {request.availability.map((a) => t(`buddies.availability.${a as "morning"}`)).join(", ")}
      </p>
      {request.note ? <p>{request.note}</p> : null}
      {request.suggestions.length === 0 ? (
        <p>{t("buddies.coordinate.noSuggestions")}</p>
      ) : (
        <Form action={`/buddies/requests/${request.id}/match`} csrf={csrf}>
          <ErrorSummary t={t} errors={errors} />
          <fieldset class="field" aria-describedby={errors.offerId ? `${legendId}-error` : undefined}>
            <legend id={legendId}>{t("buddies.coordinate.suggestions")}</legend>
            {errors.offerId ? (
              <p class="field-error" id={`${legendId}-error`}>
                {errors.offerId}
              </p>
            ) : null}
            {request.suggestions.map((s, i) => {
              // The first choice is where the error summary's link lands, when this request has the error.
              const id = i === 0 && errors.offerId ? "field-offerId" : `offer-${request.id}-${i}`;
              return (
                <div class="choice">
                  <input type="radio" name="offerId" id={id} value={s.volunteer.offerId} checked={i === 0} />
                  <label for={id}>
                    <strong>{s.volunteer.name}</strong> — {why(t, locale, s)}
                  </label>
                </div>
              );
            })}
          </fieldset>
          <button type="submit">{t("buddies.coordinate.match")}</button>
        </Form>
      )}
    </li>
  );
}

export function CoordinatePage(props: Props) {
  const { t, locale, csrf, data, now } = props;
  return (
    <>
      <h1>{t("buddies.coordinate.title")}</h1>
      <p class="notice">{t("buddies.coordinate.privacy")}</p>
      <Section id="requests" title={t("buddies.coordinate.requests")}>
        {data.requests.length === 0 ? (
          <p>{t("buddies.coordinate.noRequests")}</p>
        ) : (
          <ul class="cards">
            {data.requests.map((request) => (
              <Request {...props} request={request} />
            ))}
          </ul>
        )}
      </Section>
      <Section id="pairs" title={t("buddies.coordinate.pairs")}>
        <DataTable
          t={t}
          caption={t("buddies.coordinate.pairs")}
          rows={data.pairs}
          empty={t("buddies.coordinate.noPairs")}
          columns={[
            { label: t("buddies.coordinate.parent"), cell: (p) => p.parent },
            { label: t("buddies.coordinate.buddy"), cell: (p) => p.buddy },
            { label: t("buddies.coordinate.since"), cell: (p) => formatDay(locale, p.matchedAt) },
            {
              label: t("buddies.coordinate.duration"),
              cell: (p) => t("buddies.coordinate.age", { days: daysBetween(p.matchedAt, now) }),
            },
            {
              label: t("buddies.coordinate.action"),
              cell: (p) => (
                <ButtonForm
                  action={`/buddies/pairs/${p.id}/end`}
                  csrf={csrf}
                  class="secondary"
                  label={t("buddies.end")}
                />
              ),
            },
          ]}
        />
      </Section>
      <Section id="volunteers" title={t("buddies.coordinate.volunteers")}>
        <DataTable
          t={t}
          caption={t("buddies.coordinate.volunteers")}
          rows={data.volunteers}
          empty={t("buddies.coordinate.noVolunteers")}
          columns={[
            { label: t("buddies.coordinate.volunteer"), cell: (v) => v.name },
            {
              label: t("buddies.coordinate.languages"),
              cell: (v) => v.languages.map((c) => languageName(locale, c)).join(", "),
            },
            {
              label: t("buddies.coordinate.availability"),
              cell: (v) => v.availability.map((a) => t(`buddies.availability.${a as "morning"}`)).join(", "),
            },
            { label: t("buddies.coordinate.load"), cell: (v) => `${v.paired} / ${v.capacity}` },
          ]}
        />
      </Section>
    </>
  );
}
