/** The demo's questions and guide (content.ts), loaded once into an empty advice desk. */
import type { Db } from "../../db/client.js";
import { adviceItems } from "../../db/schema/index.js";
import { firstGuide, firstQuestions } from "./content.js";

export async function seedAdviceDemo(db: Db): Promise<void> {
  await db
    .insert(adviceItems)
    .values([...firstQuestions, firstGuide])
    .onConflictDoNothing();
}
