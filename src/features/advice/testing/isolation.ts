/**
 * The route walk's ids of the advice desk: the school (with an advisor) asks for a sparring
 * conversation. The questions and guides are national, not a school's: their addresses are filled
 * with one no item has, so the walk still reaches those routes.
 */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { idFromRedirect } from "../../../../tests/helpers/isolation.js";
import { advisorOf } from "./fixtures.js";

export const isolation: IsolationFactory = async ({ ctx, school, marker, signedIn }) => {
  await advisorOf(ctx, school.orgId, `${marker} Sparadviseur`);
  const leader = await signedIn(school.leader.email);
  const asked = await leader.post("/advice/sparring", { question: `${marker} sparvraag`, preferredTimes: "Maandag" });
  return { requestId: [idFromRedirect(asked)], adviceSlug: ["geen-bestaand-adres"] };
};
