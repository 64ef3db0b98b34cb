/** Staff: the list with roles, the invitation form, and one member's roles and removal. */
import type { StaffRole } from "../../../auth/viewer.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { PendingInvitation, ReceivedInvitation } from "../invitations.js";
import { PendingInvitations, type PendingProps } from "./pending-invitations.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { ErrorSummary, Form } from "../../../web/components/forms.js";
import type { Member } from "../members.js";
import { BackToOrganisation, PersonFields, RolesFieldset } from "./controls.js";
import { DataTable } from "../../../web/components/data-table.js";
import { BackLink } from "../../../web/components/back-link.js";
import { ActionLink } from "../../../web/components/action-link.js";
import { Section } from "../../../web/components/section.js";
import { ButtonForm } from "../../../web/components/button-form.js";
import { roleNames, rolesOfOrgInText } from "../../../web/role-names.js";
import { Problem } from "../../../web/components/problem.js";

interface StaffProps {
  t: Translate;
  locale: Locale;
  csrf: string;
  orgName: string;
  members: Member[];
  invitations: PendingInvitation[];
  mayWithdraw: PendingProps["mayWithdraw"];
  /** The invitation withdrawn was no longer there (withdrawn or answered meanwhile). */
  gone?: boolean;
}

export function StaffPage({ t, locale, csrf, orgName, members, invitations, mayWithdraw, gone = false }: StaffProps) {
  return (
    <>
      <BackToOrganisation t={t} />
      <h1>{t("org.staff.title")}</h1>
      {gone ? <Problem message={t("org.staff.pending.gone")} /> : null}
      <ActionLink href="/organisation/staff/invite" label={t("org.staff.invite")} />
      <DataTable
        t={t}
        caption={t("org.staff.caption", { org: orgName })}
        stack
        empty={t("org.staff.none")}
        rows={members}
        columns={[
          { label: t("org.staff.name"), cell: (m) => <a href={`/organisation/staff/${m.userId}`}>{m.name}</a> },
          { label: t("org.staff.email"), cell: (m) => m.email },
          { label: t("org.staff.roles"), cell: (m) => roleNames(t, m.roles) },
        ]}
      />
      <PendingInvitations kind="staff" {...{ t, locale, csrf, invitations, mayWithdraw }} />
      <GroupsHint t={t} />
    </>
  );
}

/** The invited person's own invitations, each to accept or decline. */
export function InvitationsPage({
  t,
  locale,
  csrf,
  invitations,
  gone = false,
}: {
  t: Translate;
  locale: Locale;
  csrf: string;
  invitations: ReceivedInvitation[];
  /** The invitation the person answered was withdrawn, expired or answered before. */
  gone?: boolean;
}) {
  return (
    <section class="narrow">
      <BackLink href="/home" label={t("home.title")} />
      <h1>{t("org.invitations.title")}</h1>
      {gone ? <Problem message={t("org.invitations.gone")} /> : null}
      <p>{t("org.invitations.intro")}</p>
      {invitations.length ? (
        <ul class="cards">
          {invitations.map((i) => (
            <li class="card">
              <p>
                {t("org.invitations.item", { org: i.orgName, roles: rolesOfOrgInText(locale, i.orgType, i.roles) })}
              </p>
              <ButtonForm
                action={`/invitations/${i.id}/accept`}
                csrf={csrf}
                label={t("org.invitations.accept")}
                ariaLabel={t("org.invitations.acceptLabel", { org: i.orgName })}
              />
              <ButtonForm
                action={`/invitations/${i.id}/decline`}
                csrf={csrf}
                class="secondary"
                label={t("org.invitations.decline")}
                ariaLabel={t("org.invitations.declineLabel", { org: i.orgName })}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("org.invitations.none")}</p>
      )}
    </section>
  );
}

interface InviteProps {
  t: Translate;
  csrf: string;
  roleOptions: StaffRole[];
  values: FormValues;
  checked: string[];
  errors: FormErrors;
}

export function InvitePage({ t, csrf, roleOptions, values, checked, errors }: InviteProps) {
  return (
    <section class="narrow">
      <BackLink href="/organisation/staff" label={t("org.staff.title")} />
      <h1>{t("org.staff.invite")}</h1>
      <p>
        {t("org.staff.invite.intro")} {t("org.invite.acceptFirst")}
      </p>
      <GroupsHint t={t} />
      <ErrorSummary t={t} errors={errors} />
      <Form action="/organisation/staff/invite" csrf={csrf}>
        <PersonFields t={t} values={values} errors={errors} />
        <RolesFieldset t={t} options={roleOptions} checked={checked} error={errors.roles} />
        <button type="submit">{t("org.staff.invite.send")}</button>
      </Form>
    </section>
  );
}

interface MemberProps {
  t: Translate;
  csrf: string;
  orgName: string;
  member: Member;
  roleOptions: StaffRole[];
  checked: string[];
  errors: FormErrors;
  mayRemove: boolean;
  /**
   * Whether the viewer resets the member's second factor here ("offered"), or it is only a platform
   * administrator's to reset ("administrator": the member is also elsewhere or runs the platform,
   * which the page does not say, as it is not this organisation's to know).
   */
  secondFactorReset: "offered" | "administrator" | null;
}

export function MemberPage(props: MemberProps) {
  const { t, csrf, orgName, member, roleOptions, checked, errors, mayRemove, secondFactorReset } = props;
  const base = `/organisation/staff/${member.userId}`;
  const limited = !roleOptions.includes("school_leader");
  return (
    <section class="narrow">
      <BackLink href="/organisation/staff" label={t("org.staff.title")} />
      <h1>{t("org.staff.member.title", { name: member.name })}</h1>
      <p>{member.email}</p>
      <ErrorSummary t={t} errors={errors} />
      <Form action={`${base}/roles`} csrf={csrf}>
        <RolesFieldset t={t} options={roleOptions} checked={checked} error={errors.roles} />
        {limited ? <p class="hint">{t("org.staff.leaderOnly")}</p> : null}
        <button type="submit">{t("org.staff.saveRoles")}</button>
      </Form>
      {mayRemove ? (
        <Section id="remove-title" title={t("org.staff.remove.title")}>
          <p>{t("org.staff.remove.intro", { name: member.name, org: orgName })}</p>
          <Form action={`${base}/remove`} csrf={csrf}>
            <button type="submit" class="danger" id="field-remove">
              {t("org.staff.remove.button")}
            </button>
          </Form>
        </Section>
      ) : null}
      {secondFactorReset === "offered" ? (
        <Section id="reset-title" title={t("twoFactor.reset.title")}>
          <p>{t("twoFactor.reset.intro", { name: member.name })}</p>
          <Form action={`${base}/second-factor/reset`} csrf={csrf}>
            <button type="submit" class="danger">
              {t("twoFactor.reset.button")}
            </button>
          </Form>
        </Section>
      ) : secondFactorReset === "administrator" ? (
        <Section id="reset-title" title={t("twoFactor.reset.title")}>
          <p>{t("twoFactor.reset.administratorOnly", { name: member.name })}</p>
        </Section>
      ) : null}
    </section>
  );
}

/** A teacher comes without groups: the leader adds them to theirs after they accept. */
function GroupsHint({ t }: { t: Translate }) {
  return (
    <p>
      {t("org.staff.groupsHint")} <a href="/organisation/groups">{t("org.staff.groupsLink")}</a>
    </p>
  );
}
