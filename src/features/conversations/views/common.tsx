/** Props and small pieces the conversation views share. */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { FormState as ShownForm } from "../../../web/validation.js";
import { bookingWindow } from "../domain/rules.js";
import { formatMoment } from "../../../lib/time/format.js";
import type { Round } from "../service/find-round.js";

export type { PageProps as ViewProps } from "../../../web/page-props.js";

/** A form that may be shown for the first time (nothing typed yet). */
export type FormState = Partial<ShownForm>;

interface RoundStateProps {
  t: Translate;
  locale: Locale;
  round: Round;
  now: Date;
  /**
   * Staff read what parents do in a fair round; a manager, who divides the times, what is left to
   * do, and a teacher what it means for them.
   */
  staff?: "manager" | "teacher" | undefined;
}

const awaitingAllocation = {
  parent: "conversations.state.awaitingAllocation",
  teacher: "conversations.state.teacherAwaitingAllocation",
  manager: "conversations.state.staffAwaitingAllocation",
} as const;

/** One line on where the round stands now: not open yet, open until, closed, awaiting the allocation. */
export function RoundState({ t, locale, round, now, staff }: RoundStateProps) {
  const state = bookingWindow(round, now);
  if (state === "notOpenYet")
    return <p>{t("conversations.state.notOpenYet", { date: formatMoment(locale, round.opensAt) })}</p>;
  const fair = round.mode === "fair";
  if (state === "open") {
    const key = staff
      ? fair
        ? "conversations.state.staffPreferencesOpen"
        : "conversations.state.staffOpen"
      : fair
        ? "conversations.state.preferencesOpen"
        : "conversations.state.open";
    return <p>{t(key, { date: formatMoment(locale, round.closesAt) })}</p>;
  }
  if (!fair || round.publishedAt) return <p>{t("conversations.state.closed")}</p>;
  return <p>{t(awaitingAllocation[staff ?? "parent"])}</p>;
}

export { CheckboxGroup } from "../../../web/components/checkbox-group.js";
