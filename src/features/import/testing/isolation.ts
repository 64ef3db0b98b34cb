/** The route walk's ids of this feature: an export uploaded by the school leader and not yet imported. */
import { idFromRedirect, type IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { parnassysExport } from "../fixtures.js";
import { upload } from "./browse.js";

export const isolation: IsolationFactory = async ({ school, signedIn }) => {
  const leader = await signedIn(school.leader.email);
  // The upload's address is /organisation/import/<id> or /organisation/import/<id>/columns.
  const uploaded = await upload(leader, parnassysExport());
  return { "import/:id": [idFromRedirect(uploaded, 3)] };
};
