/**
 * The organisation's invitations that wait for the person's answer, under the name the inviter typed
 * (whether the address had an account or not): staff ones on the staff page, an advisor's on the advisors page.
 */
import type { StaffRole } from "../../../auth/viewer.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { formatDay } from "../../../lib/time/format.js";
import { DataTable } from "../../../web/components/data-table.js";
import { Section } from "../../../web/components/section.js";
import { ButtonForm } from "../../../web/components/button-form.js";
import { roleNames } from "../../../web/role-names.js";
import type { PendingInvitation } from "../invitations.js";

export interface PendingProps {
  t: Translate;
  locale: Locale;
  csrf: string;
  /** The page that lists them, where withdrawing one leads back to. */
  kind: "staff" | "advisors";
  invitations: PendingInvitation[];
  /** Whether the viewer may take back an invitation to these roles (policy `mayRemoveMember`). */
  mayWithdraw: (roles: StaffRole[]) => boolean;
}

/** Invitations that wait for the person's answer, under the name the inviter typed. */
export function PendingInvitations({ t, locale, csrf, kind, invitations, mayWithdraw }: PendingProps) {
  if (!invitations.length) return null;
  return (
    <Section id="pending-title" title={t("org.staff.pending.title")}>
      <p>{t("org.staff.pending.intro")}</p>
      <DataTable
        t={t}
        caption={t("org.staff.pending.caption")}
        rows={invitations}
        columns={[
          { label: t("org.staff.name"), cell: (i) => i.name },
          { label: t("org.staff.email"), cell: (i) => i.email },
          { label: t("org.staff.roles"), cell: (i) => roleNames(t, i.roles) },
          { label: t("org.staff.pending.status"), cell: () => t("org.staff.pending.notYet") },
          { label: t("org.staff.pending.invitedOn"), cell: (i) => formatDay(locale, i.createdAt) },
          {
            label: t("org.staff.pending.withdraw"),
            cell: (i) =>
              mayWithdraw(i.roles) ? (
                <ButtonForm
                  action={`/organisation/${kind}/invitations/${i.id}/withdraw`}
                  csrf={csrf}
                  class="secondary"
                  label={t("org.staff.pending.withdraw")}
                  ariaLabel={t("org.staff.pending.withdrawLabel", { name: i.name })}
                />
              ) : null,
          },
        ]}
      />
    </Section>
  );
}
