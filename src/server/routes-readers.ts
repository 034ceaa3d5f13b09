/*
 * Readers' private question history. A signed-in reader's questions are kept for them alone (their
 * page, /my/questions, reads only rows with their account id; no other route reads the table). Anonymous
 * questions are not kept unless the deployment turns EVIDENTIA_KEEP_ANONYMOUS_QUESTIONS on, and then
 * without any link to a person, browser or address. Words of distress (crisis support) are never kept.
 */
import { requireMember } from './routes-api.ts';
import { MyQuestionsPage } from './pages/readers.tsx';
import type { Context, Hono } from 'hono';
import type { Answer } from '../answer/index.ts';
import type { Evidentia } from '../evidentia.ts';
import type { Audience } from '../types.ts';
import type { RenderPage } from './app.ts';
import type { ServerEnv } from './guard.ts';

/** How many of a reader's questions their page lists. */
const historyLength = 200;

/** Keep a question asked through a write (POST), if its asker has an account or the deployment says so. */
export function keepQuestion(
  c: Context<ServerEnv>,
  engine: Evidentia,
  keepAnonymous: boolean,
  question: string,
  audience: Audience,
  answer: Answer,
): void {
  if (answer.status === 'crisis_support') return;
  const member = c.get('member');
  if (!member && !keepAnonymous) return;
  engine.store.recordQuestion({
    ...(member ? { memberId: member.id } : {}),
    askedAt: new Date().toISOString(),
    question,
    audience,
    outcome: answer.status,
    ...(answer.article ? { articleId: answer.article.id } : {}),
  });
}

export function readerRoutes(app: Hono<ServerEnv>, engine: Evidentia, page: RenderPage): void {
  app.get('/my/questions', (c) => {
    const member = c.get('member');
    if (!member) return c.redirect(`/login?next=${encodeURIComponent('/my/questions')}`, 303);
    return page(
      c,
      MyQuestionsPage({
        questions: engine.store.questionsOf(member.id, historyLength),
        ...(c.req.query('cleared') === '1' ? { cleared: 1 } : {}),
      }),
    );
  });

  app.post('/my/questions/clear', (c) => {
    const member = requireMember(c, 'clearing your question history');
    engine.store.clearQuestionsOf(member.id);
    return c.redirect('/my/questions?cleared=1', 303);
  });
}
