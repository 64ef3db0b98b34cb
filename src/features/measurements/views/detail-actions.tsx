/** The actions on a measurement's page besides closing: printing the open links, reminding, deleting. */
import type { Translate } from "../../../web/i18n/index.js";
import { AUTO_REMINDER_DAYS, type ReminderState } from "../service/reminders.js";
import { Section } from "../../../web/components/section.js";

export function PrintLink({ t, base }: { t: Translate; base: string }) {
  return (
    <p>
      <a class="button secondary" href={`${base}/print`}>
        {t("measure.print.link")}
      </a>
    </p>
  );
}

/**
 * Counts only: how many have not answered, never who. The button leads to a confirmation. Until the
 * invitations are made nobody is waiting yet, and a count of 0 would read as "everyone answered".
 */
export function RemindSection(props: { t: Translate; base: string; state: ReminderState; invited: boolean }) {
  const { t, base, state } = props;
  return (
    <Section id="remind-title" title={t("measure.remind.title")}>
      <p>{t("measure.remind.intro")}</p>
      <p>{t("measure.remind.auto", { n: AUTO_REMINDER_DAYS })}</p>
      <p>{props.invited ? t("measure.remind.waiting", { n: state.waiting }) : t("measure.remind.sending")}</p>
      {props.invited && state.waiting > 0 ? (
        <p>
          <a class="button secondary" href={`${base}/remind`}>
            {t("measure.remind.button")}
          </a>
        </p>
      ) : null}
    </Section>
  );
}

export function DeleteSection({ t, base }: { t: Translate; base: string }) {
  return (
    <Section id="delete-title" title={t("measure.delete.title")}>
      <p>{t("measure.delete.intro")}</p>
      <p>
        <a class="button secondary" href={`${base}/delete`}>
          {t("measure.delete.button")}
        </a>
      </p>
    </Section>
  );
}
