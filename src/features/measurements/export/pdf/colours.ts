/** The group colours of the web page's radar (styles.css), so the report reads like the page. */
import { ACCENT } from "../../../../lib/pdf/layout.js";
import type { RespondentGroup } from "../../domain/instrument.js";

export const GROUP_COLOURS: Record<RespondentGroup, string> = {
  team: ACCENT,
  parents: "#a3460f",
  pupils: "#2e7d32",
  young: "#6a3d9a",
};
