/**
 * The certification page: readiness with its figures, the advisor's earlier "not yet" with
 * reasons, the decision forms for the trajectory's advisor, and the certificates with their PDF,
 * their public page, the choice for the public list and revocation.
 */
import { NoTrajectory } from "../../trajectory/index.js";
import { formatDate, formatTimestamp } from "../../../lib/time/format.js";
import { schoolDate } from "../../../lib/time/school-date.js";
import { ErrorSummary, Form, TextArea } from "../../../web/components/forms.js";
import { formatCode } from "../domain/code.js";
import type { CertificateRow } from "../service/certificates.js";
import type { CertificationOverview } from "../service/overview.js";
import type { FormState, PageBase } from "./props.js";
import { ReadinessPanel } from "./readiness.js";
import { Section } from "../../../web/components/section.js";

export interface OverviewRights {
  revokes: boolean;
  lists: boolean;
  setsCriteria: boolean;
  /** May start a trajectory when none runs. */
  startsTrajectory: boolean;
}

export interface OverviewForms {
  notYet: FormState;
  /** Per certificate id. */
  revoke: { id: string; form: FormState } | null;
  /** A refused award, shown above the decision. */
  award: FormState;
}

type Props = PageBase & { data: CertificationOverview; rights: OverviewRights; forms: OverviewForms; today: string };

function Reviews({ t, locale, data }: Props) {
  const reviews = data.trajectory?.reviews ?? [];
  if (!reviews.length) return null;
  return (
    <Section id="reviews-title" title={t("certification.reviews.title")}>
      <ul>
        {reviews.map((r) => (
          <li>
            <p>
              {t("certification.reviews.item", {
                date: formatTimestamp(locale, r.reviewedAt),
                advisor: r.reviewedBy ?? t("certification.someone"),
              })}
            </p>
            <p class="idea-body">{r.reasons}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Decision(props: Props) {
  const { t, csrf, data, forms } = props;
  const trajectory = data.trajectory;
  if (!trajectory || data.certificates.some((c) => c.trajectoryId === trajectory.id && !c.revokedAt)) return null;
  if (!trajectory.mayDecide)
    return (
      <Section id="decide-title" title={t("certification.decide.title")}>
        <ErrorSummary t={t} errors={forms.award.errors} />
        <p>{t("certification.decide.onlyAdvisor")}</p>
      </Section>
    );
  const years = trajectory.readiness.criteriaSet.validityYears;
  return (
    <Section id="decide-title" title={t("certification.decide.title")}>
      <ErrorSummary t={t} errors={forms.award.errors} />
      <Form action="/certification/award" csrf={csrf}>
        <p>{t("certification.award.explain", { years })}</p>
        <button type="submit">{t("certification.award.submit")}</button>
      </Form>
      <h3>{t("certification.notYet.title")}</h3>
      <ErrorSummary t={t} errors={forms.notYet.errors} />
      <Form action="/certification/not-yet" csrf={csrf}>
        <TextArea
          name="reasons"
          label={t("certification.notYet.reasons")}
          maxlength={2000}
          rows={5}
          value={forms.notYet.values.reasons}
          error={forms.notYet.errors.reasons}
        />
        <button type="submit">{t("certification.notYet.submit")}</button>
      </Form>
    </Section>
  );
}

function statusOf(certificate: CertificateRow, today: string) {
  if (certificate.revokedAt) return "revoked" as const;
  return today > certificate.validUntil ? ("expired" as const) : ("valid" as const);
}

function Certificate(props: Props & { certificate: CertificateRow }) {
  const { t, locale, csrf, rights, forms, certificate: c, today } = props;
  const status = statusOf(c, today);
  const revokeForm = forms.revoke?.id === c.id ? forms.revoke.form : { values: {}, errors: {} };
  return (
    <li class="card">
      <h3>
        {t("certification.certificate.code")}: {formatCode(c.code)}
      </h3>
      <p>
        <strong>{t(`certification.certificate.status.${status}`)}</strong>
      </p>
      <p>
        {t("certification.certificate.awarded", {
          date: formatDate(locale, c.awardedOn),
          advisor: c.awardedBy ?? t("certification.someone"),
        })}
        <br />
        {t("certification.certificate.validUntil", { date: formatDate(locale, c.validUntil) })}
      </p>
      {c.revokedAt ? (
        <p>
          {t("certification.certificate.revokedBecause", {
            date: formatDate(locale, schoolDate(c.revokedAt)),
            who: c.revokedBy ?? t("certification.someone"),
            reason: c.revokedReason ?? "",
          })}
        </p>
      ) : null}
      <ul>
        <li>
          <a href={`/certification/certificates/${c.id}/pdf`}>
            {t(status === "revoked" ? "certification.certificate.pdfRevoked" : "certification.certificate.pdf")}
          </a>
        </li>
        <li>
          <a href={`/certificaat/${c.code}`}>{t("certification.certificate.publicPage")}</a>
        </li>
      </ul>
      {status === "revoked" ? null : (
        <>
          <p>{t(c.listed ? "certification.listing.listed" : "certification.listing.unlisted")}</p>
          {rights.lists ? (
            <Form action={`/certification/certificates/${c.id}/listing`} csrf={csrf}>
              <input type="hidden" name="listed" value={c.listed ? "no" : "yes"} />
              <button type="submit">
                {t(c.listed ? "certification.listing.remove" : "certification.listing.add")}
              </button>
            </Form>
          ) : null}
          {rights.revokes ? (
            <>
              <h4>{t("certification.revoke.title")}</h4>
              <ErrorSummary t={t} errors={revokeForm.errors} />
              <Form action={`/certification/certificates/${c.id}/revoke`} csrf={csrf}>
                <TextArea
                  name="reason"
                  label={t("certification.revoke.reason")}
                  maxlength={500}
                  value={revokeForm.values.reason}
                  error={revokeForm.errors.reason}
                />
                <button type="submit">{t("certification.revoke.submit")}</button>
              </Form>
            </>
          ) : null}
        </>
      )}
    </li>
  );
}

export function OverviewPage(props: Props) {
  const { t, locale, data, rights } = props;
  return (
    <section>
      <h1>{t("certification.title")}</h1>
      <p class="lead">{t("certification.intro")}</p>
      {rights.setsCriteria ? (
        <p>
          <a href="/certification/criteria">{t("certification.criteriaPage.link")}</a>
        </p>
      ) : null}
      {data.trajectory ? (
        <ReadinessPanel t={t} locale={locale} readiness={data.trajectory.readiness} />
      ) : (
        <NoTrajectory t={t} because={t("certification.noTrajectory")} mayStart={rights.startsTrajectory} />
      )}
      <Reviews {...props} />
      <Decision {...props} />
      <Section id="certificates-title" title={t("certification.certificates.title")}>
        {data.certificates.length ? (
          <ul class="cards">
            {data.certificates.map((certificate) => (
              <Certificate {...props} certificate={certificate} />
            ))}
          </ul>
        ) : (
          <p>{t("certification.certificates.none")}</p>
        )}
      </Section>
    </section>
  );
}
