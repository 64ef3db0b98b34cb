/**
 * The route walk's values for trainings. The catalogue is national, not a school's, and a
 * registration needs no account: there is nothing of a school here. The addresses are filled with
 * ones that exist nowhere, so the walk still reaches every route (and finds them refused).
 */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";

export const isolation: IsolationFactory = async () => ({
  trainingSlug: ["geen-training"],
  registrationToken: ["onbekende-link"],
  trainingSession: ["00000000-0000-4000-8000-000000000000"],
});
