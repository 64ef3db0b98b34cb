/**
 * Whether the questionnaire says "je" or "u": a colleague of the team and a pupil read "je", as the
 * instrument's questions for them do; a parent, and the adult who fills in a young child's list,
 * read "u". One page never mixes the two.
 */
import { isMessageKey, type MessageKey, type Translate } from "../../../web/i18n/index.js";
import type { RespondentGroup } from "./instrument.js";

const SAYS_JE: ReadonlySet<RespondentGroup> = new Set(["team", "pupils"]);

/** The translator for this respondent group: a key's "je" text (informal-messages.ts) where it has one. */
export function inRegister(t: Translate, group: RespondentGroup): Translate {
  if (!SAYS_JE.has(group)) return t;
  return (key, params) => {
    const je = `${key}.je`;
    return t(isMessageKey(je) ? (je as MessageKey) : key, params);
  };
}
