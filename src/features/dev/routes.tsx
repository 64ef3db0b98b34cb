/** Development only: the mail outbox, so sign-in links can be followed without SMTP. */
import { Hono } from "hono";
import type { AppEnv } from "../../web/env.js";
import type { Translate } from "../../web/i18n/index.js";
import { renderPage } from "../../web/layout.js";
import { NotFoundError } from "../../web/errors.js";
import { Pagination } from "../../web/components/pagination.js";
import { cleanSearch, pageCount, pageNumber } from "../../lib/paging.js";
import { listOutbox } from "./outbox.js";
import { composeMail, type MailLinks } from "../../mail/compose.js";

type Mail = Awaited<ReturnType<typeof listOutbox>>["mails"][number];

export const devRoutes = new Hono<AppEnv>().get("/dev/outbox", async (c) => {
  if (c.var.deps.config.production) throw new NotFoundError("outbox");
  const { t } = c.var;
  // One measurement alone mails about fifty people: page the list, and let the address narrow it.
  const to = cleanSearch(c.req.query("to"));
  const page = pageNumber(c.req.query("page"));
  const { total, mails } = await listOutbox(c.var.deps.db, { to, page });
  const links = { publicUrl: c.var.deps.config.publicUrl, secretKey: c.var.deps.config.SECRET_KEY };
  return renderPage(c, {
    title: t("dev.outbox.title"),
    children: (
      <>
        <h1>{t("dev.outbox.title")}</h1>
        <p>{t("dev.outbox.intro")}</p>
        <form method="get" action="/dev/outbox" class="inline-form" role="search">
          <div class="field">
            <label for="outbox-to">{t("dev.outbox.filter")}</label>
            <input id="outbox-to" name="to" type="search" value={to} />
          </div>
          <button type="submit">{t("dev.outbox.filterSubmit")}</button>
        </form>
        <p role="status">{t(to ? "dev.outbox.countTo" : "dev.outbox.count", { count: total, to })}</p>
        {mails.length === 0 ? <p>{t(to ? "dev.outbox.noneTo" : "dev.outbox.empty")}</p> : null}
        {mails.map((mail) => (
          <MailArticle t={t} mail={mail} links={links} />
        ))}
        <Pagination t={t} path="/dev/outbox" params={{ to }} page={page} pages={pageCount(total)} />
      </>
    ),
  });
});

/** A mail as SMTP would get it: with the unsubscribe footer delivery adds (src/mail/compose.ts). */
function MailArticle({ t, mail, links }: { t: Translate; mail: Mail; links: MailLinks }) {
  return (
    <article class="mail">
      <h2>{mail.subject}</h2>
      <p>
        {t("dev.outbox.to")}: {mail.to} ·{" "}
        <time datetime={mail.createdAt.toISOString()}>{mail.createdAt.toISOString()}</time>
      </p>
      {mail.text === null ? (
        <p>{t("dev.outbox.delivered")}</p>
      ) : (
        <pre>{linkify(composeMail({ ...mail, text: mail.text }, links).text)}</pre>
      )}
    </article>
  );
}

/** Makes the links in a plain-text mail clickable. */
function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part) => (/^https?:\/\//.test(part) ? <a href={part}>{part}</a> : part));
}
