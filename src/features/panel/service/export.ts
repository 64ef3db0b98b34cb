/**
 * A member's data as CSV, as a parent reads it: one row per item, named and valued in their
 * language from the catalogs, moments in Dutch time; in the spreadsheet dialect of their language.
 * The JSON download keeps the stored codes for machines.
 */
import { BYTE_ORDER_MARK, csvDialect, csvLine } from "../../measurements/index.js";
import { provinceName } from "../../../lib/provinces/index.js";
import { formatTimestamp } from "../../../lib/time/format.js";
import { localeOf, type Locale, type Translate } from "../../../web/i18n/index.js";
import { schoolTypeName, type CouncilRole } from "../domain/profile.js";
import type { MemberData } from "./members.js";

type Row = [string, string | number];

export function memberCsv(t: Translate, locale: Locale, data: MemberData): string {
  const dialect = csvDialect(locale);
  return (
    BYTE_ORDER_MARK +
    csvLine([t("panel.export.field"), t("panel.export.value")], dialect) +
    memberRows(t, locale, data)
      .map((row) => csvLine(row, dialect))
      .join("")
  );
}

function memberRows(t: Translate, locale: Locale, { member, children, surveys }: MemberData): Row[] {
  const moment = (at: string | null) => (at ? formatTimestamp(locale, new Date(at)) : t("panel.export.notYet"));
  return [
    [t("panel.me.email"), member.email],
    [t("panel.signUp.language"), t(`panel.language.${localeOf(member.language)}`)],
    [t("panel.export.province"), provinceName(t, member.province)],
    [
      t("panel.export.council"),
      member.council ? t(`panel.council.${member.council as CouncilRole}`) : t("panel.export.notGiven"),
    ],
    [t("panel.export.consentVersion"), member.consentVersion],
    [t("panel.export.consentedAt"), moment(member.consentedAt)],
    [t("panel.export.confirmedAt"), moment(member.confirmedAt)],
    [t("panel.export.joinedAt"), moment(member.joinedAt)],
    ...children.flatMap((child, i): Row[] => [
      [t("panel.export.childType", { n: i + 1 }), schoolTypeName(t, child.schoolType)],
      [t("panel.export.childYear", { n: i + 1 }), child.year],
    ]),
    ...surveys.map((survey, i): Row => [
      t("panel.export.survey", { n: i + 1 }),
      t(survey.responded ? "panel.export.responded" : "panel.export.notResponded", { title: survey.title }),
    ]),
  ];
}
