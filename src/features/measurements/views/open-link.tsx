/** The start page of a class's open link: what it is for, and a button that gives a personal link. */
import { CsrfField } from "../../../web/components/forms.js";
import type { Translate } from "../../../web/i18n/index.js";

export function OpenLinkPage(props: {
  t: Translate;
  csrf: string;
  openToken: string;
  title: string;
  org: string;
  audience: string;
}) {
  const { t } = props;
  return (
    <section class="narrow questionnaire">
      <p class="muted">{props.org}</p>
      <h1>{props.title}</h1>
      <p>{t("measure.openLink.intro", { audience: props.audience })}</p>
      <p>{t("measure.openLink.note")}</p>
      <form method="post" action={`/m/open/${props.openToken}`}>
        <CsrfField token={props.csrf} />
        <button type="submit">{t("measure.answer.start")}</button>
      </form>
    </section>
  );
}
