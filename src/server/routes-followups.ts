/*
 * Follow-up questions: asked from an article's page (`context`), from the API (`followUpOf`, or
 * `POST /api/articles/:id/followups`) — each read in the context of the article it follows
 * (src/follow-up.ts) — and kept as a thread under that article when the answer is saved.
 * `GET /api/articles/:id/followups` lists the thread by article titles, never by readers' wording.
 */
import { z } from 'zod';
import { EvidentiaError } from '../errors.ts';
import { audiences } from '../types.ts';
import { publicAnswer } from '../answer/index.ts';
import { clarification, followUpThread, readFollowUp, recordFollowUp } from '../follow-up.ts';
import { readJson } from './routes-api.ts';
import type { Context, Hono } from 'hono';
import type { Evidentia } from '../evidentia.ts';
import type { Answer } from '../answer/index.ts';
import type { StoredArticle } from '../store/index.ts';
import type { Audience } from '../types.ts';
import type { ServerEnv } from './guard.ts';

/** What the asker's follow-up was read as, kept beside their wording (cookieNames.asked) for their view only. */
export const answeringCookie = 'evidentia_answering';

const followUpRequest = z
  .object({ question: z.string().trim().min(1).max(500), audience: z.enum(audiences).default('clinician') })
  .strict();

/** The article a follow-up names, or 404 naming it. */
export function previousArticle(engine: Evidentia, idOrSlug: string | undefined): StoredArticle | undefined {
  if (!idOrSlug) return undefined;
  const article = engine.store.getArticle(idOrSlug);
  if (!article) throw new EvidentiaError('NOT_FOUND', `no article "${idOrSlug}" to follow up`);
  return article;
}

/**
 * Ask `question` after `previous` (if any): read in its context, answered (saved when `save`), and kept
 * in its thread when saved. A question that names nothing and follows nothing gets a clarifying answer.
 */
export function askFollowUp(
  engine: Evidentia,
  question: string,
  audience: Audience,
  previous: StoredArticle | undefined,
  answer: (question: string) => Answer,
  save: boolean,
): Answer {
  const reading = readFollowUp(engine, question, previous);
  if (reading.clarify) return clarification(question, reading, audience);
  const answered = answer(reading.question);
  if (save && previous && answered.article) {
    const child = engine.store.getArticle(answered.article.id);
    if (child) recordFollowUp(engine.store, previous, child);
  }
  return reading.answering ? { ...answered, answering: reading.answering } : answered;
}

export function followUpRoutes(
  app: Hono<ServerEnv>,
  engine: Evidentia,
  answerFor: (c: Context<ServerEnv>, question: string, audience: Audience) => Answer,
): void {
  app.get('/api/articles/:id/followups', (c) => {
    const article = previousArticle(engine, c.req.param('id'))!;
    return c.json({
      article: { id: article.id, slug: article.slug, title: article.answer.title },
      followUps: followUpThread(engine.store, article).map((a) => ({
        id: a.id,
        slug: a.slug,
        title: a.answer.title,
        question: a.question,
      })),
    });
  });

  app.post('/api/articles/:id/followups', async (c) => {
    const article = previousArticle(engine, c.req.param('id'))!;
    const parsed = followUpRequest.safeParse(await readJson(c, '{"question": "What about tofersen?", "audience": "clinician"}'));
    if (!parsed.success)
      throw new EvidentiaError(
        'BAD_REQUEST',
        `invalid request field "${parsed.error.issues[0]!.path.join('.') || 'body'}": ${parsed.error.issues[0]!.message}`,
      );
    const { question, audience } = parsed.data;
    const answer = askFollowUp(engine, question, audience, article, (q) => answerFor(c, q, audience), Boolean(c.get('member')));
    return c.json(publicAnswer(answer));
  });
}
