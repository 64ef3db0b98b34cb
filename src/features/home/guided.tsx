/**
 * The organisations an advisor guides, each a way into its measurements: a link for the one they
 * work in now, a button that switches there first for the others (switching changes the session,
 * so it is a form, not a link), and the way to the workspace that shows them all at once.
 */
import { CsrfField } from "../../web/components/forms.js";
import type { Translate } from "../../web/i18n/index.js";
import { WORKSPACE } from "../advisor/index.js";

const MEASUREMENTS = "/organisation/measurements";

interface GuidedProps {
  t: Translate;
  csrf: string;
  items: { orgId: string; orgName: string }[];
  currentOrgId: string | undefined;
}

export function GuidedOrganisations({ t, csrf, items, currentOrgId }: GuidedProps) {
  return (
    <section aria-labelledby="guided-title">
      <h2 id="guided-title">{t("home.advisor.title")}</h2>
      <p>
        <a href={WORKSPACE}>{t("advisor.home.link")}</a>
      </p>
      <ul>
        {items.map((o) => (
          <li>
            {o.orgId === currentOrgId ? (
              <a href={MEASUREMENTS}>{t("home.advisor.measurements", { org: o.orgName })}</a>
            ) : (
              <form method="post" action="/home/organisation">
                <CsrfField token={csrf} />
                <input type="hidden" name="orgId" value={o.orgId} />
                <input type="hidden" name="next" value={MEASUREMENTS} />
                <button type="submit" class="link-button">
                  {t("home.advisor.measurements", { org: o.orgName })}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
