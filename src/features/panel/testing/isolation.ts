/**
 * The route walk's ids of the panel. Panel tables belong to no school, and a mailed link's token
 * is a secret, not an id one school could aim at another: the walk gets a well-formed token that
 * matches nothing (the links themselves are tested in members.test.ts). A panel survey belongs to
 * no school either (its route parameter is `:survey`, not an organisation's `…Id`): the walk gets a
 * draft survey, whose editor pages only platform editors reach and whose report is not published,
 * so a school's people reach nothing of it; surveys.test.ts tests who may see what.
 */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { newToken } from "../../../auth/tokens.js";
import { panelSurveys } from "../../../db/schema/index.js";

export const isolation: IsolationFactory = async ({ ctx, marker }) => {
  const [survey] = await ctx.database.db
    .insert(panelSurveys)
    .values({
      title: { nl: `${marker} peiling`, en: `${marker} survey` },
      intro: { nl: "Intro", en: "Intro" },
      questions: [{ id: "q1", text: { nl: `${marker} vraag`, en: `${marker} question` } }],
      sample: { provinces: [], schoolTypes: [], perStratum: null },
    })
    .returning({ id: panelSurveys.id });
  return { token: [newToken()], survey: [survey!.id] };
};
