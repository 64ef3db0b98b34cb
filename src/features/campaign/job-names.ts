/** The campaign's job names, in a module that imports nothing else of the feature. */

/** Every hour at :41: deletes requests and rejected stories past their retention (docs/campaign.md). */
export const CAMPAIGN_SWEEP_JOB = "campaign-sweep";
export const CAMPAIGN_SWEEP_CRON = "41 * * * *";
