/** What every page of the trajectory takes besides its data. */
import type { PageProps as PageBase } from "../../../web/page-props.js";

export type { PageBase };

/** Staff pages: whether the viewer leads the trajectory (edits) and may open measurement pages. */
export interface StaffBase extends PageBase {
  leads: boolean;
  seesMeasurements: boolean;
}
