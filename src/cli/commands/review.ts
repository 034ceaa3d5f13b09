/*
 * `evidentia review [--state submitted]` lists the review queue; `evidentia review SLUG --to STATE` moves
 * an article through Submitted → Under review → Approved (an operator's command: the server has no
 * editor accounts yet, so approval happens here).
 */
import { parseArgs } from 'node:util';
import { databasePath } from '../../config.ts';
import { EvidentiaError } from '../../errors.ts';
import { openSqliteStore } from '../../store/index.ts';
import { advanceReview, parseReviewState } from '../../articles/index.ts';
import type { CliIo } from '../io.ts';

export function reviewCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { to: { type: 'string' }, state: { type: 'string', default: 'submitted' } } });
  const store = openSqliteStore(databasePath());
  try {
    const [target] = positionals;
    if (!target) {
      const state = parseReviewState(values.state!);
      const queue = store.articlesInState(state, 100);
      for (const a of queue) io.out(`${a.slug}\tversion ${a.version}\t${a.updatedAt.slice(0, 10)}${a.needsReview ? '\tneeds re-review' : ''}\t${a.answer.title}`);
      io.out(`Evidentia: ${queue.length} article(s) ${state}`);
      return 0;
    }
    if (!values.to) throw new EvidentiaError('USAGE', `review ${target} needs --to under_review, approved or submitted`);
    const article = advanceReview(store, target, parseReviewState(values.to));
    io.out(`Evidentia: ${article.slug} is now ${article.reviewState}`);
    return 0;
  } finally {
    store.close();
  }
}
