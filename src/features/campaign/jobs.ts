/** The jobs of this feature, listed in its manifest; tests call the service directly. */
import { defineSweep } from "../../jobs/definition.js";
import { CAMPAIGN_SWEEP_JOB } from "./job-names.js";
import { sweepCampaign } from "./service/endorsements.js";

export const campaignSweepJob = defineSweep(CAMPAIGN_SWEEP_JOB, (deps) => sweepCampaign(deps.db), "campaign sweep");
