/*
 * Readers' private question history: each row belongs to one account and is read back only by it.
 * All SQL parameterised; the store delegates to this class.
 */
import type Database from 'better-sqlite3';
import type { NewReaderQuestion, ReaderQuestion } from '../types.ts';

interface QuestionRow {
  id: number;
  asked_at: string;
  question: string;
  audience: string;
  outcome: string;
  slug: string | null;
  answer_title: string | null;
}

export class ReaderQuestions {
  readonly #stmts;

  constructor(db: Database.Database) {
    this.#stmts = {
      insert: db.prepare(
        `INSERT INTO reader_questions (user_id, asked_at, question, audience, outcome, article_id)
         VALUES (@user_id, @asked_at, @question, @audience, @outcome, @article_id)`,
      ),
      // user_id = ? never matches the NULL of anonymous rows: nobody's history shows them.
      ofMember: db.prepare<[number, number], QuestionRow>(
        `SELECT q.id, q.asked_at, q.question, q.audience, q.outcome, a.slug, json_extract(a.answer, '$.title') AS answer_title
         FROM reader_questions q LEFT JOIN articles a ON a.id = q.article_id
         WHERE q.user_id = ? ORDER BY q.id DESC LIMIT ?`,
      ),
      clear: db.prepare<[number]>('DELETE FROM reader_questions WHERE user_id = ?'),
    };
  }

  record(q: NewReaderQuestion): void {
    this.#stmts.insert.run({
      user_id: q.memberId ?? null,
      asked_at: q.askedAt,
      question: q.question,
      audience: q.audience,
      outcome: q.outcome,
      article_id: q.articleId ?? null,
    });
  }

  of(memberId: number, limit: number): ReaderQuestion[] {
    return this.#stmts.ofMember.all(memberId, limit).map((r) => ({
      id: r.id,
      askedAt: r.asked_at,
      question: r.question,
      audience: r.audience as ReaderQuestion['audience'],
      outcome: r.outcome,
      ...(r.slug ? { article: { slug: r.slug, title: r.answer_title ?? r.slug } } : {}),
    }));
  }

  clear(memberId: number): number {
    return this.#stmts.clear.run(memberId).changes;
  }
}
