/** On a parent's booking page, under a booked three-way conversation: the way to its preparation and agreements. */
import type { Locale, Translate } from "../../../web/i18n/index.js";

export function PreparationLinks(props: { t: Translate; locale: Locale; bookingId: string; childName: string }) {
  const { t, bookingId } = props;
  const base = `/conversations/bookings/${bookingId}`;
  return (
    <nav aria-label={`${t("conversations.prepare.links.title")}: ${props.childName}`}>
      <h3>{t("conversations.prepare.links.title")}</h3>
      <ul>
        <li>
          <a href={`${base}/prepare/parent`}>{t("conversations.prepare.links.parent")}</a>
        </li>
        <li>
          <a href={`${base}/prepare/pupil`}>{t("conversations.prepare.links.pupil", { name: props.childName })}</a>
        </li>
        <li>
          <a href={`${base}/agreements`}>{t("conversations.prepare.links.agreements")}</a>
        </li>
        <li>
          <a href={`/conversations/guide.pdf?lang=${props.locale}`}>{t("conversations.prepare.links.guide")}</a>
        </li>
      </ul>
    </nav>
  );
}
