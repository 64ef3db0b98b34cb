/** The jobs of news, listed in its manifest; tests call the service directly. */
import { defineJob } from "../../jobs/definition.js";
import { NEWS_FANOUT_JOB, newsFanoutPayload } from "./job-names.js";
import { fanOutPost } from "./service/fanout.js";

export const newsFanoutJob = defineJob({
  name: NEWS_FANOUT_JOB,
  schema: newsFanoutPayload,
  handle: ({ orgId, postId }, { deps }) => fanOutPost(deps, orgId, postId),
});
