/** The messages' job, listed in the manifest; tests call deliverPost directly. */
import { defineJob } from "../../jobs/definition.js";
import { DELIVER_POST_JOB, deliverPostPayload } from "./job-names.js";
import { deliverPost } from "./service/delivery.js";

export const deliverPostJob = defineJob({
  name: DELIVER_POST_JOB,
  schema: deliverPostPayload,
  handle: (job, { deps }) =>
    deliverPost({ db: deps.db, messenger: { jobs: deps.jobs, publicUrl: deps.config.publicUrl } }, job),
});
