/*
 * Editors' pages: the article's content as Markdown in a form (with its CSRF token), saved as a new
 * version under the same rules as PUT /api/articles/:id — editor role, the current version, citations
 * that resolve. A refused save shows the form again with the editor's text and the reason (422, 409).
 */
import { EvidentiaError } from '../errors.ts';
import { articleToMarkdown, currentContent, editArticle, markdownToArticle } from '../articles/index.ts';
import { EditPage } from './pages/edit.tsx';
import { requireMember } from './routes-api.ts';
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Evidentia } from '../evidentia.ts';
import type { BoardMember, StoredArticle } from '../store/index.ts';
import type { RenderPage } from './app.ts';
import type { ServerEnv } from './guard.ts';

function requireEditor(c: Context<ServerEnv>): BoardMember {
  const member = requireMember(c, 'editing an article');
  if (!member.roles.includes('editor'))
    throw new EvidentiaError('FORBIDDEN', `editing an article needs the editor role; ${member.name} has ${member.roles.join(', ')}`);
  return member;
}

function editable(engine: Evidentia, slug: string): StoredArticle {
  const article = engine.store.getArticle(slug);
  if (!article) throw new EvidentiaError('NOT_FOUND', `no article "${slug}"`);
  if (article.reviewState === 'under_review') {
    throw new EvidentiaError(
      'CONFLICT',
      `article "${article.slug}" is under review; the reviewer must approve, request changes or release it before it can be edited`,
    );
  }
  return article;
}

export function editRoutes(app: Hono<ServerEnv>, engine: Evidentia, page: RenderPage): void {
  app.get('/review/:slug/edit', (c) => {
    if (!c.get('member')) return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
    requireEditor(c);
    const article = editable(engine, c.req.param('slug'));
    const { version, ...content } = currentContent(article);
    return page(c, EditPage({ article, markdown: articleToMarkdown(content), version }));
  });

  app.post('/review/:slug/edit', async (c) => {
    const member = requireEditor(c);
    const article = editable(engine, c.req.param('slug'));
    const form = await c.req.parseBody();
    const markdown = typeof form.content === 'string' ? form.content : '';
    const version = Number(form.version);
    try {
      if (!Number.isInteger(version) || version < 1)
        throw new EvidentiaError('BAD_REQUEST', 'the form lost its version number; reload the edit page');
      const saved = editArticle(engine.store, article.id, markdownToArticle(markdown, version), { member, via: 'web' });
      return c.redirect(`/review/${saved.slug}`, 303);
    } catch (err) {
      // The editor's text is kept, so a typo does not cost their work.
      if (!(err instanceof EvidentiaError) || ![400, 409, 422].includes(err.status)) throw err;
      const current = engine.store.getArticle(article.id)!;
      return page(
        c,
        EditPage({
          article: current,
          markdown,
          version: Number.isInteger(version) && version > 0 ? version : current.version,
          message: err.message,
        }),
        err.status as ContentfulStatusCode,
      );
    }
  });
}
