/** A guardian's page: details and children; for managers also changing and inviting. */
import { Form } from "../../../web/components/forms.js";
import type { getGuardian } from "../service/guardian-queries.js";
import type { ViewProps } from "./common.js";
import { BackLink } from "../../../web/components/back-link.js";
import { Section } from "../../../web/components/section.js";
import { Detail } from "../../../web/components/detail.js";

interface GuardianPageProps extends ViewProps {
  data: Awaited<ReturnType<typeof getGuardian>>;
  manage: boolean;
  inviteError?: string | undefined;
}

export function GuardianPage({ t, csrf, data, manage, inviteError }: GuardianPageProps) {
  const { guardian, children, signIn } = data;
  const status = {
    account: "pupils.guardians.canSignIn",
    noAccountYet: "pupils.guardians.noAccountYet",
    noEmail: "pupils.guardians.cannotSignIn",
  } as const;
  const base = `/organisation/guardians/${guardian.id}`;
  return (
    <>
      {manage ? <BackLink href="/organisation/guardians" label={t("pupils.guardians.back")} /> : null}
      <h1>{guardian.name}</h1>
      <dl class="details">
        <Detail term={t("pupils.guardians.email")}>{guardian.email ?? "—"}</Detail>
        <Detail term={t("pupils.guardians.phone")}>{guardian.phone ?? "—"}</Detail>
        <Detail term={t("pupils.guardians.account")}>{t(status[signIn])}</Detail>
      </dl>
      <Section id="children-title" title={t("pupils.guardians.children")}>
        {children.length ? null : <p>{t("pupils.guardians.noChildren")}</p>}
        <ul>
          {children.map((child) => (
            <li>
              <a href={`/organisation/pupils/${child.id}`}>{child.name}</a>
            </li>
          ))}
        </ul>
      </Section>
      {manage ? (
        <div class="actions">
          <a class="button" href={`${base}/edit`}>
            {t("pupils.guardians.edit")}
          </a>
          {signIn === "noEmail" ? null : (
            <Form action={`${base}/invite`} csrf={csrf}>
              <button type="submit" class="secondary">
                {t(signIn === "account" ? "pupils.guardians.invite" : "pupils.guardians.inviteFirst")}
              </button>
            </Form>
          )}
        </div>
      ) : null}
      {inviteError ? (
        <p class="field-error" role="alert">
          {inviteError}
        </p>
      ) : null}
    </>
  );
}
