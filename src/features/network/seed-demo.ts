/**
 * The demo's parent network at De Regenboog: parents with profiles (some speak Turkish, some
 * Arabic; most may be found for requests for help, one not), and a volunteer task nearly full
 * that the demo parent can take the last place of, after which the next parent is told it is
 * full. Made through the feature's own services; the sign-ups directly through the events'.
 */
import type { Tx } from "../../db/client.js";
import { schoolDayIn } from "../../lib/time/school-date.js";
import type { ProfileInput } from "./schemas.js";
import { blankProfile, saveProfile } from "./service/profile.js";
import { createTask, signUpForTask } from "./service/tasks.js";

export interface DemoNetworkParent {
  userId: string;
  profile: Partial<ProfileInput>;
  /** Signed up for the nearly full task. */
  volunteers?: boolean;
}

export async function seedNetworkDemo(
  tx: Tx,
  orgId: string,
  options: { coordinatorId: string; taskGroupIds: string[]; parents: DemoNetworkParent[] },
): Promise<void> {
  for (const parent of options.parents)
    await saveProfile({ db: tx, orgId, userId: parent.userId, input: { ...blankProfile, ...parent.profile } });
  const inTenDays = schoolDayIn(10);
  const volunteers = options.parents.filter((p) => p.volunteers);
  const { taskId } = await createTask({
    db: tx,
    orgId,
    userId: options.coordinatorId,
    input: {
      title: "Hulp bij de voorleesochtend",
      date: inTenDays,
      startsAt: "08:45",
      endsAt: "10:15",
      place: "Bibliotheek van de school",
      needed: volunteers.length + 1,
      groupIds: options.taskGroupIds,
      expected: "Voorlezen aan een klein groepje kinderen, in het Nederlands of in uw eigen taal. Boeken zijn er.",
    },
  });
  for (const parent of volunteers) await signUpForTask({ db: tx, orgId, userId: parent.userId, taskId });
  await createTask({
    db: tx,
    orgId,
    userId: options.coordinatorId,
    input: {
      title: "Schoolplein opknappen",
      date: schoolDayIn(21),
      startsAt: "09:30",
      endsAt: "12:30",
      place: "Schoolplein",
      needed: 8,
      groupIds: options.taskGroupIds,
      expected: "Snoeien, vegen en plantenbakken vullen. Neem werkhandschoenen mee als u die hebt.",
    },
  });
}
