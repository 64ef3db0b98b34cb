/**
 * The twelve Dutch provinces, north to south, and their names in the person's language (the
 * catalog beside this file, `province.<p>`): the campaign counts endorsements by them, the parent
 * panel draws its samples by them.
 */
import type { Translate } from "../../web/i18n/index.js";

export const provinces = [
  "groningen",
  "friesland",
  "drenthe",
  "overijssel",
  "flevoland",
  "gelderland",
  "utrecht",
  "noord-holland",
  "zuid-holland",
  "zeeland",
  "noord-brabant",
  "limburg",
] as const;
export type Province = (typeof provinces)[number];

/** The province's name ("Noord-Holland", "North Holland"), also of one stored as text. */
export const provinceName = (t: Translate, province: string) => t(`province.${province as Province}`);
