/** What other features may use of the campaign: nothing yet beyond its manifest. */
export { campaignFeature } from "./feature.js";
