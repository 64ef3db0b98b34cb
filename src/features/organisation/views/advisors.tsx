/** Advisors: who guides this organisation, inviting one and removing one. */
import type { PageProps } from "../../../web/page-props.js";
import type { FormState } from "../../../web/validation.js";
import { ErrorSummary, Form } from "../../../web/components/forms.js";
import type { Member } from "../members.js";
import type { PendingInvitation } from "../invitations.js";
import { PendingInvitations, type PendingProps } from "./pending-invitations.js";
import { BackToOrganisation, PersonFields } from "./controls.js";
import { DataTable } from "../../../web/components/data-table.js";
import { Section } from "../../../web/components/section.js";
import { Problem } from "../../../web/components/problem.js";

interface AdvisorsProps extends PageProps, FormState {
  orgName: string;
  advisors: Member[];
  /** Invitations to be advisor that wait for the person's answer. */
  invitations: PendingInvitation[];
  mayWithdraw: PendingProps["mayWithdraw"];
  /** The invitation withdrawn was no longer there (withdrawn or answered meanwhile). */
  gone?: boolean;
}

export function AdvisorsPage(props: AdvisorsProps) {
  const { t, locale, csrf, orgName, advisors, invitations, mayWithdraw, gone = false, values, errors } = props;
  return (
    <>
      <BackToOrganisation t={t} />
      <h1>{t("org.advisors.title")}</h1>
      {gone ? <Problem message={t("org.staff.pending.gone")} /> : null}
      <p>{t("org.advisors.intro")}</p>
      <DataTable
        t={t}
        caption={t("org.advisors.caption", { org: orgName })}
        stack
        empty={t("org.advisors.none")}
        rows={advisors}
        columns={[
          { label: t("org.person.name"), cell: (a) => a.name },
          { label: t("org.person.email"), cell: (a) => a.email },
          {
            label: <span class="visually-hidden">{t("org.actions")}</span>,
            cell: (a) => (
              <Form action={`/organisation/advisors/${a.userId}/remove`} csrf={csrf}>
                <button type="submit" class="danger">
                  {t("org.advisors.remove", { name: a.name })}
                </button>
              </Form>
            ),
          },
        ]}
      />
      <PendingInvitations kind="advisors" {...{ t, locale, csrf, invitations, mayWithdraw }} />
      <Section id="invite-title" title={t("org.advisors.invite")} class="narrow">
        <p>{t("org.invite.acceptFirst")}</p>
        <ErrorSummary t={t} errors={errors} />
        <Form action="/organisation/advisors" csrf={csrf}>
          <PersonFields t={t} values={values} errors={errors} />
          <button type="submit">{t("org.staff.invite.send")}</button>
        </Form>
      </Section>
    </>
  );
}
