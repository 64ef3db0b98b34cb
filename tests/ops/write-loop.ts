/**
 * A process that writes to the embedded database in DATA_DIR (argv[2]) until it
 * is killed: per iteration one transaction with a pupil and its audit entry,
 * then "ack <n>" once that transaction has committed. Stops by itself after
 * two minutes in case nobody kills it.
 */
import { openDatabase, withOrg } from "../../src/db/client.js";
import { auditLog, organisations, pupils } from "../../src/db/schema/index.js";

const database = await openDatabase({ dataDir: process.argv[2] ?? "" });
const [org] = await database.db
  .insert(organisations)
  .values({ type: "primary", name: "Crash School", registrationCode: null })
  .returning();
const orgId = org!.id;
const deadline = Date.now() + 120_000;
for (let n = 1; n <= 100_000 && Date.now() < deadline; n++) {
  await withOrg(database.db, { orgId, userId: null }, async (tx) => {
    const [pupil] = await tx
      .insert(pupils)
      .values({ orgId, pupilNumber: String(n), firstName: "Kind", surname: `Nummer ${n}` })
      .returning();
    await tx.insert(auditLog).values({ orgId, action: "create", entity: "pupil", entityId: pupil!.id });
  });
  process.stdout.write(`ack ${n}\n`);
}
await database.close();
