/** /discussions/conduct: the code of conduct, with the button to agree when one has not yet. */
import type { Translate } from "../../../web/i18n/index.js";
import { ConductBox, ConductRules } from "./common.js";
import { PageHead } from "../../../web/components/page-head.js";

export function ConductPage({ t, csrf, agreed }: { t: Translate; csrf: string; agreed: boolean }) {
  return (
    <section class="narrow">
      <PageHead back={{ href: "/discussions", label: t("discussions.back") }} title={t("discussions.conduct.title")} />
      {agreed ? (
        <>
          <p>{t("discussions.conduct.intro")}</p>
          <ConductRules t={t} />
          <p>{t("discussions.conduct.agreed")}</p>
        </>
      ) : (
        <ConductBox t={t} csrf={csrf} back="/discussions" />
      )}
    </section>
  );
}
