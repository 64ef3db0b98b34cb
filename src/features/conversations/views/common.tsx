/** Props and small pieces the conversation views share. */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { FormState as ShownForm } from "../../../web/validation.js";
import { bookingWindow } from "../domain/rules.js";
import { formatMoment } from "../../../lib/time/format.js";
import type { Round } from "../service/find-round.js";

export type { PageProps as ViewProps } from "../../../web/page-props.js";

/** A form that may be shown for the first time (nothing typed yet). */
export type FormState = Partial<ShownForm>;

/** One line on where the round stands now: not open yet, open until, closed, awaiting the allocation. */
export function RoundState({ t, locale, round, now }: { t: Translate; locale: Locale; round: Round; now: Date }) {
  const state = bookingWindow(round, now);
  if (state === "notOpenYet")
    return <p>{t("conversations.state.notOpenYet", { date: formatMoment(locale, round.opensAt) })}</p>;
  if (state === "open") {
    const key = round.mode === "fair" ? "conversations.state.preferencesOpen" : "conversations.state.open";
    return <p>{t(key, { date: formatMoment(locale, round.closesAt) })}</p>;
  }
  const waiting = round.mode === "fair" && !round.publishedAt;
  return <p>{t(waiting ? "conversations.state.awaitingAllocation" : "conversations.state.closed")}</p>;
}

export { CheckboxGroup } from "../../../web/components/checkbox-group.js";
