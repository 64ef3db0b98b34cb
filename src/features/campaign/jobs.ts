/** The jobs of this feature, listed in its manifest; tests call the service directly. */
import { defineJob } from "../../jobs/definition.js";
import { CAMPAIGN_SWEEP_JOB, campaignSweepPayload } from "./job-names.js";
import { sweepCampaign } from "./service/endorsements.js";

export const campaignSweepJob = defineJob({
  name: CAMPAIGN_SWEEP_JOB,
  schema: campaignSweepPayload,
  handle: async (_data, { deps }) => {
    const removed = await sweepCampaign(deps.db);
    deps.logger.info(removed, "campaign sweep");
  },
});
