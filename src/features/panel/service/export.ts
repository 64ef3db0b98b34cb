/** A member's data as CSV: one row per item, in the spreadsheet dialect of their language. */
import { BYTE_ORDER_MARK, csvDialect, csvLine } from "../../measurements/index.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { MemberData } from "./members.js";

export function memberCsv(t: Translate, locale: Locale, data: MemberData): string {
  const dialect = csvDialect(locale);
  const rows: [string, string | number | null][] = [
    ...Object.entries(data.member),
    ...data.children.flatMap((child, i): [string, string | number][] => [
      [`child${i + 1}.schoolType`, child.schoolType],
      [`child${i + 1}.year`, child.year],
    ]),
    ...data.surveys.map((survey, i): [string, string] => [
      `survey${i + 1}`,
      `${survey.title} (${survey.responded ? "responded" : "not responded"})`,
    ]),
  ];
  return (
    BYTE_ORDER_MARK +
    csvLine([t("panel.export.field"), t("panel.export.value")], dialect) +
    rows.map(([field, value]) => csvLine([field, value], dialect)).join("")
  );
}
