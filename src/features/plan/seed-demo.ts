/**
 * The demo's plan at De Regenboog, written through the plan's own commands (so it has its
 * versions, audit entries and taken-up ideas like a plan a leader wrote): a vision, a goal taken
 * from the nulmeting's first priority with its figures, and actions of school, parents and both
 * together, two of them taking up ideas of the board. It was published three weeks ago, and changed once after (today),
 * so the history, the comparison and "changed since publication" all have something to show.
 * Without an active trajectory nothing is seeded.
 */
import type { Tx } from "../../db/client.js";
import { ofOrg } from "../../db/of-org.js";
import { planVersions } from "../../db/schema/index.js";
import { schoolToday } from "../../lib/time/school-date.js";
import type { DomainId } from "../measurements/index.js";
import type { ActionInput } from "./schemas.js";
import { addAction, addGoal, publishPlan, setVision, updateAction } from "./service/commands.js";
import { activePlan } from "./service/plan-row.js";
import { startingPoints } from "./service/starting-points.js";

const VISION = [
  "Op De Regenboog zijn ouders welkom. School en ouders kennen elkaar, en weten wat ze van elkaar mogen verwachten.",
  "We luisteren eerst, we zeggen het als iets niet goed gaat, en we zoeken samen naar wat het beste is voor het kind.",
].join("\n");

const inDays = (days: number) => schoolToday(new Date(Date.now() + days * 86_400_000));

/** `ideaIds`: the board's demo ideas, in the order seedIdeasDemo posted them (may be empty). */
export async function seedPlanDemo(
  tx: Tx,
  orgId: string,
  options: { leaderId: string; coordinatorId: string; ideaIds: readonly string[] },
): Promise<void> {
  const active = await activePlan(tx, orgId);
  if (!active) return;
  const leader = { db: tx, orgId, userId: options.leaderId };
  const coordinator = { db: tx, orgId, userId: options.coordinatorId };
  await setVision({ ...leader, vision: VISION });
  const { priorities } = await startingPoints(tx, orgId, active.trajectory.id);
  const first = priorities.find((p) => p.group === "parents") ?? priorities[0];
  if (first)
    await addGoal({
      ...leader,
      goal: {
        domain: first.domain,
        title: "Ouders voelen zich gehoord en weten wat er speelt",
        fromGroup: first.group,
      },
    });
  await addGoal({
    ...coordinator,
    goal: { domain: "conversations", title: "Elk gesprek begint met de vraag wat de ouder ziet", fromGroup: null },
  });
  const [coffee, monthly] = options.ideaIds;
  const action = (input: Partial<ActionInput> & { title: string; domain: DomainId }): ActionInput => ({
    details: "",
    owner: "school",
    responsible: "",
    dueOn: null,
    status: "planned",
    ideas: [],
    ...input,
  });
  const actions: ActionInput[] = [
    action({
      title: "Maandelijkse inloopochtend met koffie",
      domain: "involvement",
      owner: "together",
      responsible: "Karim Benali en twee ouders uit de MR",
      dueOn: inDays(30),
      status: "underway",
      ideas: coffee ? [coffee] : [],
    }),
    action({
      title: "Elke groep stuurt een kort maandbericht",
      details: "Met een vraag aan ouders waar zij op kunnen reageren.",
      domain: "information",
      responsible: "Fatima Yılmaz maakt het sjabloon",
      dueOn: inDays(60),
      ideas: monthly ? [monthly] : [],
    }),
    action({
      title: "Startgesprekken: ouders vertellen eerst",
      domain: "conversations",
      owner: "school",
      responsible: "Ingrid de Groot",
      dueOn: inDays(120),
    }),
    action({
      title: "Ouders helpen bij het leesfeest",
      domain: "learning",
      owner: "parents",
      responsible: "De ouderraad",
      dueOn: inDays(90),
    }),
  ];
  const ids: string[] = [];
  for (const input of actions) {
    const made = await addAction({ ...coordinator, action: input });
    if (made.ok) ids.push(made.id);
  }
  // Published three weeks ago, after the last parent evening (a month ago) and before the
  // eindmeting opened (a week ago), with its versions dated then, so the timeline reads in order.
  const publishedAt = new Date(Date.now() - 21 * 86_400_000);
  await publishPlan({ ...leader, tellParents: false, deps: null, now: publishedAt });
  const written = (await activePlan(tx, orgId))?.plan;
  if (written)
    await tx
      .update(planVersions)
      .set({ changedAt: publishedAt })
      .where(ofOrg(planVersions, orgId, { planId: written.id }));
  // One change after publishing: the history shows it and parents see it once published again.
  const [firstAction] = ids;
  if (firstAction)
    await updateAction({ ...coordinator, actionId: firstAction, action: { ...actions[0]!, status: "done" } });
}
