/** Small pieces of text shared by the staff pages: names of groups and audiences, numbers as people read them. */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { formatDate, intlLocale } from "../../../lib/time/format.js";
import type { RespondentGroup } from "../domain/instrument.js";
import { lastDay, schoolDate } from "../../../lib/time/school-date.js";
import { groupInText } from "../../../web/group-name.js";

export function groupLabel(t: Translate, group: RespondentGroup): string {
  return t(`measure.group.${group}`);
}

/** "Ouders van groep 7"; a group asked without a class (only the team, as the form asks) is named as a whole: "Ouders". */
export function audienceLabel(t: Translate, audience: { group: RespondentGroup; groupName: string | null }): string {
  if (audience.group === "team") return t("measure.audience.team");
  if (audience.groupName === null) return groupLabel(t, audience.group);
  return t(`measure.audience.${audience.group}`, { group: groupInText(t, audience.groupName) });
}

export function periodLabel(t: Translate, locale: Locale, m: { opensAt: Date; closesAt: Date }): string {
  return t("measure.period", {
    from: formatDate(locale, schoolDate(m.opensAt)),
    to: formatDate(locale, lastDay(m.closesAt)),
  });
}

/**
 * Number formats by locale and kind, made once: constructing an Intl.NumberFormat costs about a
 * tenth of a millisecond, which the advisor's workspace paid four times per organisation.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, kind: "mean" | "signed" | "share"): Intl.NumberFormat {
  const key = `${locale}|${kind}`;
  let f = numberFormats.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions =
      kind === "share"
        ? { style: "percent", maximumFractionDigits: 0 }
        : {
            minimumFractionDigits: 1,
            maximumFractionDigits: 1,
            signDisplay: kind === "signed" ? "exceptZero" : "auto",
          };
    f = new Intl.NumberFormat(intlLocale(locale), options);
    numberFormats.set(key, f);
  }
  return f;
}

/** A mean or difference with one decimal: "3,4" in Dutch. */
export function formatMean(value: number | null, locale: Locale, signed = false): string {
  if (value === null) return "–";
  return numberFormat(locale, signed ? "signed" : "mean").format(value);
}

export function formatShare(value: number | null, locale: Locale): string {
  if (value === null) return "–";
  return numberFormat(locale, "share").format(value);
}
