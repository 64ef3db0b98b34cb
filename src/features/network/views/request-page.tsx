/** A request for help: the staff's view with the answers, and the parent's with the yes/no form. */
import { formatDay, formatMoment } from "../../../lib/time/format.js";
import { Checkbox, ErrorSummary, Form } from "../../../web/components/forms.js";
import { FieldsetShell } from "../../../web/components/fieldset.js";
import { ScrollTable } from "../../../web/components/scroll-table.js";
import type { Locale } from "../../../web/i18n/index.js";
import type { FormErrors } from "../../../web/validation.js";
import type { RequestForParent, RequestForStaff } from "../service/requests.js";
import type { PageBase } from "./props.js";
import { BackLink } from "../../../web/components/back-link.js";

/** When the request was made and by whom, then what it asks: the same for the staff and the parent. */
function RequestText({ locale, request }: { locale: Locale; request: RequestForParent | RequestForStaff }) {
  return (
    <>
      <p class="muted">
        {formatDay(locale, request.createdAt)}
        {request.authorName ? ` · ${request.authorName}` : ""}
      </p>
      <p class="written-text">{request.body}</p>
    </>
  );
}

export function StaffRequestPage({ t, locale, request }: PageBase & { request: RequestForStaff }) {
  const yes = request.answers.filter((a) => a.answer === "yes").length;
  return (
    <>
      <BackLink href="/network/search" label={t("network.search.back")} />
      <h1>{t("network.request.title")}</h1>
      <RequestText locale={locale} request={request} />
      <p>{t("network.requests.tally", { yes, asked: request.answers.length })}</p>
      {request.mine ? <p class="hint">{t("network.request.emailHint")}</p> : null}
      <ScrollTable t={t} caption={t("network.request.answers")}>
        <thead>
          <tr>
            <th scope="col">{t("network.field.name")}</th>
            <th scope="col">{t("network.request.answer")}</th>
            <th scope="col">{t("network.request.email")}</th>
          </tr>
        </thead>
        <tbody>
          {request.answers.map((a) => (
            <tr>
              <th scope="row">{a.name}</th>
              <td>
                {a.answer === null ? t("network.answer.none") : t(`network.answer.${a.answer}`)}
                {a.answeredAt ? <span class="muted"> ({formatMoment(locale, a.answeredAt)})</span> : null}
              </td>
              <td>{a.email ? <a href={`mailto:${a.email}`}>{a.email}</a> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}

export function ParentRequestPage({
  t,
  locale,
  csrf,
  request,
  errors = {},
}: PageBase & { request: RequestForParent; errors?: FormErrors }) {
  return (
    <>
      <h1>{t("network.request.parentTitle")}</h1>
      <RequestText locale={locale} request={request} />
      {request.answer ? (
        <p class="notice">
          {t(request.answer === "yes" ? "network.answer.gaveYes" : "network.answer.gaveNo")}
          {request.answer === "yes"
            ? ` ${t(request.shareEmail ? "network.answer.shared" : "network.answer.notShared")}`
            : ""}
        </p>
      ) : null}
      <ErrorSummary t={t} errors={errors} />
      <Form action={`/network/requests/${request.id}/answer`} csrf={csrf}>
        <FieldsetShell name="answer" id="field-answer" legend={t("network.answer.legend")} error={errors.answer}>
          <div class="checkbox">
            <input type="radio" id="answer-yes" name="answer" value="yes" checked={request.answer === "yes"} />
            <label for="answer-yes">{t("network.answer.yes")}</label>
          </div>
          <div class="checkbox">
            <input type="radio" id="answer-no" name="answer" value="no" checked={request.answer === "no"} />
            <label for="answer-no">{t("network.answer.no")}</label>
          </div>
        </FieldsetShell>
        <Checkbox
          name="shareEmail"
          label={t("network.answer.shareEmail")}
          hint={t("network.answer.shareHint")}
          checked={request.shareEmail}
        />
        <button type="submit">{t("network.answer.submit")}</button>
      </Form>
    </>
  );
}
