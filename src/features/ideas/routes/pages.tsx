/** The board's two pages as every route renders them, with the viewer's base and a status. */
import type { Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { viewerOf } from "../../../web/guards.js";
import { mayLeadTrajectory } from "../../trajectory/index.js";
import { renderPage } from "../../../web/layout.js";
import { pageProps, scopeOf } from "../../../web/route-context.js";
import { isDomainId, type DomainId } from "../../measurements/index.js";
import { mayModerateIdeas } from "../policy.js";
import { board, ideaDetail } from "../service/reads.js";
import { ideaReportQueue } from "../service/report-queue.js";
import { BoardPage, NoBoardPage } from "../views/board.js";
import type { IdeaFormState } from "../views/idea-fields.js";
import { IdeaPage, type IdeaPageState } from "../views/idea-page.js";
import type { BoardBase } from "../views/props.js";

type Status = 200 | 403 | 409 | 422;

export function boardBase(c: Context<AppEnv>): BoardBase {
  const viewer = viewerOf(c);
  return {
    ...pageProps(c),
    viewerName: viewer.name,
    moderates: mayModerateIdeas(viewer),
  };
}

const noForm: IdeaFormState = { values: {}, errors: {} };

export async function boardPage(
  c: Context<AppEnv>,
  options: { form?: IdeaFormState; problem?: string; status?: Status } = {},
) {
  const base = boardBase(c);
  const asked = c.req.query("domain") ?? "";
  const domain: DomainId | null = isDomainId(asked) ? asked : null;
  const found = await board({ ...scopeOf(c), moderates: base.moderates, domain });
  const queue = base.moderates && found ? await ideaReportQueue(scopeOf(c)) : [];
  const title = c.var.t("ideas.title");
  if (!found) {
    const page = <NoBoardPage t={base.t} mayStart={mayLeadTrajectory(viewerOf(c))} />;
    return renderPage(c, { title, children: page });
  }
  const page = (
    <BoardPage
      {...base}
      board={found}
      queue={queue}
      domain={domain}
      form={options.form ?? noForm}
      problem={options.problem}
    />
  );
  return renderPage(c, { title, children: page }, options.status ?? 200);
}

export const emptyIdeaState: IdeaPageState = {
  reaction: { values: {}, errors: {} },
  moderation: { values: {}, errors: {} },
  report: { values: {}, errors: {} },
};

export async function ideaPage(
  c: Context<AppEnv>,
  ideaId: string,
  state: IdeaPageState = emptyIdeaState,
  status: Status = 200,
) {
  const base = boardBase(c);
  const detail = await ideaDetail({ ...scopeOf(c), moderates: base.moderates, ideaId });
  const page = <IdeaPage {...base} detail={detail} state={state} />;
  return renderPage(c, { title: c.var.t("ideas.detail.title"), children: page }, status);
}
