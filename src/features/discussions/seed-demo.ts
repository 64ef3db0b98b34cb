/**
 * The demo's discussion groups at De Regenboog: starter groups taken from the questions schools
 * ask themselves (busy parents, outspoken and hesitant parents, a diverse parent body, parents'
 * expertise, dreading a conversation), in our own words, plus screen time; a few threads and
 * replies. Groups are made through the feature's own services, the posts directly (no mail to the
 * demo's people, and the demo parent is still to agree to the code of conduct).
 */
import type { Tx } from "../../db/client.js";
import { orderedId } from "../../db/ordered-id.js";
import { sql } from "drizzle-orm";
import { discussionFollows, discussionPosts, discussionThreads } from "../../db/schema/index.js";
import type { WriterRole } from "./domain/author.js";
import { CONDUCT_VERSION } from "./domain/conduct.js";
import { agreeToConduct, createGroup, joinGroup } from "./service/groups.js";

export interface DemoWriter {
  userId: string;
  role: WriterRole;
}

interface DemoThread {
  by: DemoWriter;
  title: string;
  body: string;
  replies: { by: DemoWriter; body: string }[];
}

const groups = (parent: DemoWriter, teacher: DemoWriter, coordinator: DemoWriter) => [
  {
    name: "Werk, gezin en school",
    description: "Voor ouders met een volle agenda: hoe blijft u betrokken als u weinig tijd hebt?",
    threads: [
      {
        by: parent,
        title: "Ouderavonden om half acht zijn lastig",
        body: "Wij werken allebei tot zes uur. Hoe doen andere ouders dat? Zou een **korte online avond** of een ochtend ook kunnen?",
        replies: [
          {
            by: coordinator,
            body: "Goede vraag. We proberen dit jaar één ouderavond ook online. Welke tijd zou u helpen?",
          },
        ],
      },
    ] as DemoThread[],
  },
  {
    name: "Je stem laten horen",
    description: "Over meepraten met school: voor wie makkelijk iets zegt én voor wie liever eerst luistert.",
    threads: [
      {
        by: teacher,
        title: "Wat helpt u om iets te vragen?",
        body: "Sommige ouders vinden het spannend om de leerkracht aan te spreken. Wat zou het voor u makkelijker maken?",
        replies: [{ by: parent, body: "Een vaste inloopochtend helpt mij. Dan voelt het niet alsof je stoort." }],
      },
    ] as DemoThread[],
  },
  {
    name: "Eén school, veel achtergronden",
    description: "Ouders met verschillende talen, culturen en gewoontes: wat vinden wij samen belangrijk?",
    threads: [] as DemoThread[],
  },
  {
    name: "Wat ouders kunnen bijdragen",
    description: "Veel kennis zit bij ouders. Wie kan wat, en hoe zetten we dat in voor de school?",
    threads: [
      {
        by: coordinator,
        title: "Beroepen in de klas",
        body: "Groep 7 en 8 willen ouders uitnodigen om over hun werk te vertellen. Wie heeft zin?\n\n- een ochtend van een uur\n- u kiest zelf de datum",
        replies: [],
      },
    ] as DemoThread[],
  },
  {
    name: "Een goed gesprek met de leerkracht",
    description: "Hoe bereidt u een gesprek voor, en hoe wordt het een gesprek van twee kanten?",
    threads: [] as DemoThread[],
  },
  {
    name: "Schermtijd thuis",
    description: "Telefoons, tablets en games: welke afspraken werken bij u?",
    threads: [] as DemoThread[],
  },
];

export async function seedDiscussionsDemo(
  tx: Tx,
  orgId: string,
  people: { parent: DemoWriter; teacher: DemoWriter; coordinator: DemoWriter },
): Promise<void> {
  const { parent, teacher, coordinator } = people;
  const scope = (who: DemoWriter) => ({ db: tx, orgId, userId: who.userId, moderates: who.role === "staff" });
  // Staff agreed to the code of conduct; the demo parent has not yet, so trying the demo shows it.
  for (const who of [teacher, coordinator]) await agreeToConduct({ ...scope(who), version: CONDUCT_VERSION });
  for (const group of groups(parent, teacher, coordinator)) {
    const { id } = await createGroup({
      ...scope(coordinator),
      input: { name: group.name, description: group.description },
      staff: true,
    });
    await joinGroup({ ...scope(teacher), groupId: id });
    for (const thread of group.threads) {
      const [made] = await tx
        .insert(discussionThreads)
        .values({ orgId, groupId: id, authorId: thread.by.userId, title: thread.title })
        .returning({ id: discussionThreads.id });
      for (const post of [{ by: thread.by, body: thread.body }, ...thread.replies]) {
        await tx.insert(discussionPosts).values({
          id: orderedId(),
          orgId,
          threadId: made!.id,
          authorId: post.by.userId,
          authorRole: post.by.role,
          body: post.body,
          createdAt: sql`clock_timestamp()`,
        });
        await tx
          .insert(discussionFollows)
          .values({ orgId, threadId: made!.id, userId: post.by.userId })
          .onConflictDoNothing();
      }
    }
  }
}
