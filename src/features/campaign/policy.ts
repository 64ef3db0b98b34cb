/** Who may do what on the campaign: the public endorses and writes; platform editors publish and moderate. */
export { canEditPlatform as mayEditCampaign } from "../../auth/viewer.js";
