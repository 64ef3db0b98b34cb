/**
 * The demo's news at De Regenboog, so a new user finds some: a pinned welcome to everyone (also in
 * English), a study day announced by the coordinator, and juf Fatima's trip for group 7 (the demo
 * parent has a child there; parents of other groups do not see it). Marked as mailed already: the
 * demo sends nobody anything at start.
 */
import type { Tx } from "../../db/client.js";
import { newsPostGroups, newsPostVersions, newsPosts, newsTranslations } from "../../db/schema/index.js";

interface DemoPost {
  authorId: string;
  audience: "all" | "groups";
  title: string;
  body: string;
  daysAgo: number;
  pinned?: boolean;
  groupIds?: string[];
  english?: { title: string; body: string };
}

export async function seedNewsDemo(
  tx: Tx,
  orgId: string,
  people: { leaderId: string; coordinatorId: string; teacherId: string; groupId: string },
): Promise<void> {
  const posts: DemoPost[] = [
    {
      authorId: people.leaderId,
      audience: "all",
      pinned: true,
      daysAgo: 20,
      title: "Welkom in het nieuwe schooljaar",
      body: "Beste ouders,\n\nWe beginnen het jaar **samen**. Op deze pagina leest u het nieuws van de school; u kunt reageren of een vraag stellen onder elk bericht.\n\n- Heeft u een onderwerp voor de nieuwsbrief? Stel het voor onder *Nieuws*.\n- Vragen over uw kind? Die bespreekt u met de leerkracht.",
      english: {
        title: "Welcome to the new school year",
        body: "Dear parents,\n\nWe start the year **together**. This page has the school's news; you can comment or ask a question under every post.\n\n- Have a topic for the newsletter? Suggest it under *News*.\n- Questions about your child? Discuss them with the teacher.",
      },
    },
    {
      authorId: people.coordinatorId,
      audience: "all",
      daysAgo: 6,
      title: "Studiedag op vrijdag",
      body: "Vrijdag hebben de leerkrachten een studiedag over **ouderbetrokkenheid**. De kinderen zijn die dag vrij.",
    },
    {
      authorId: people.teacherId,
      audience: "groups",
      groupIds: [people.groupId],
      daysAgo: 2,
      title: "Schoolreisje groep 7",
      body: "Op dinsdag gaan we met groep 7 naar het **Nederlands Openluchtmuseum**. Geef uw kind een lunchpakket en een regenjas mee. Wie kan er rijden? Laat het weten in een reactie.",
    },
  ];
  for (const post of posts) {
    const at = new Date(Date.now() - post.daysAgo * 24 * 60 * 60 * 1000);
    const [row] = await tx
      .insert(newsPosts)
      .values({
        orgId,
        authorId: post.authorId,
        audience: post.audience,
        title: post.title,
        body: post.body,
        publishAt: at,
        notifiedAt: at,
        pinned: post.pinned ?? false,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: newsPosts.id });
    const postId = row!.id;
    await tx.insert(newsPostVersions).values({
      orgId,
      postId,
      version: 1,
      title: post.title,
      body: post.body,
      writtenBy: post.authorId,
      writtenAt: at,
    });
    for (const groupId of post.groupIds ?? []) await tx.insert(newsPostGroups).values({ orgId, postId, groupId });
    if (post.english)
      await tx
        .insert(newsTranslations)
        .values({ orgId, postId, locale: "en", ...post.english, writtenBy: post.authorId });
  }
}
