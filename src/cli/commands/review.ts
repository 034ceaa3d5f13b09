/*
 * `evidentia review [--state S] [--specialty X]` lists the review queue; `evidentia review SLUG --to STATE
 * --as NAME [--comment TEXT]` moves an article as that member, under the same rules as the server, and
 * the audit log records it (via "cli").
 */
import { parseArgs } from 'node:util';
import { databasePath } from '../../config.ts';
import { EvidentiaError } from '../../errors.ts';
import { openSqliteStore } from '../../store/index.ts';
import { moveArticle, movesFor, parseReviewState, reviewStateLabels } from '../../articles/index.ts';
import type { CliIo } from '../io.ts';

export function reviewCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      state: { type: 'string', default: 'submitted' },
      as: { type: 'string' },
      comment: { type: 'string', default: '' },
      specialty: { type: 'string' },
    },
  });
  const store = openSqliteStore(databasePath());
  try {
    const [target] = positionals;
    if (!target) {
      const state = parseReviewState(values.state!);
      const queue = store.articlesInState(state, 100, values.specialty);
      for (const a of queue)
        io.out(`${a.slug}\tversion ${a.version}\t${a.updatedAt.slice(0, 10)}${a.specialty ? `\t${a.specialty}` : ''}\t${a.answer.title}`);
      io.out(`Evidentia: ${queue.length} article(s) ${reviewStateLabels[state].toLowerCase()}`);
      return 0;
    }
    if (!values.to) throw new EvidentiaError('USAGE', `review ${target} needs --to STATE (e.g. --to under_review)`);
    if (!values.as)
      throw new EvidentiaError('USAGE', `review ${target} --to ${values.to} needs --as NAME: moves are made by a named member and audited`);
    const member = store.member(values.as);
    if (!member)
      throw new EvidentiaError(
        'NOT_FOUND',
        `no member named "${values.as}" (add one with: evidentia user add ${values.as} --role reviewer)`,
      );
    const article = moveArticle(store, target, parseReviewState(values.to), { member, via: 'cli' }, values.comment);
    const next = movesFor(article, member).map((m) => m.to);
    io.out(`Evidentia: ${article.slug} is now ${article.reviewState}${next.length ? ` (next: ${next.join(' or ')})` : ''}`);
    return 0;
  } finally {
    store.close();
  }
}
