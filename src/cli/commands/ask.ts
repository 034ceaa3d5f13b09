/*
 * `evidentia ask "QUESTION" [--audience A] [--format markdown|json|html] [--follow-up-of SLUG|ID]`:
 * answers from the local store (the bundled library is ingested on first use) and saves answered
 * questions as articles. A follow-up is read in the context of the article it follows ("What about
 * tofersen?" after the ALS article is tofersen in ALS) and kept in that article's thread.
 */
import { parseArgs } from 'node:util';
import { EvidentiaError } from '../../errors.ts';
import { audiences } from '../../types.ts';
import { openEvidentia } from '../../evidentia.ts';
import { clarification, readFollowUp, recordFollowUp } from '../../follow-up.ts';
import { answerToMarkdown, publicAnswer } from '../../answer/index.ts';
import type { Audience } from '../../types.ts';
import type { CliIo } from '../io.ts';

const formats = ['markdown', 'json', 'html'] as const;

export async function askCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      audience: { type: 'string', default: 'clinician' },
      format: { type: 'string', default: 'markdown' },
      'follow-up-of': { type: 'string' },
    },
  });
  const question = positionals.join(' ').trim();
  if (!question) throw new EvidentiaError('USAGE', 'ask needs a question, e.g. evidentia ask "What is the dose of riluzole?"');
  if (!(audiences as readonly string[]).includes(values.audience!)) {
    throw new EvidentiaError('USAGE', `unknown audience "${values.audience}" (use one of: ${audiences.join(', ')})`);
  }
  if (!(formats as readonly string[]).includes(values.format!))
    throw new EvidentiaError('USAGE', `unknown format "${values.format}" (use markdown, json or html)`);
  const engine = await openEvidentia();
  try {
    const audience = values.audience as Audience;
    const previousId = values['follow-up-of'];
    const previous = previousId ? engine.store.getArticle(previousId) : undefined;
    if (previousId && !previous)
      throw new EvidentiaError(
        'USAGE',
        `no article "${previousId}" to follow up (give its slug or id, as \`ask --format json\` prints them)`,
      );
    const reading = readFollowUp(engine, question, previous);
    let answer = reading.clarify ? clarification(question, reading, audience) : engine.ask(reading.question, audience);
    if (reading.answering) answer = { ...answer, answering: reading.answering };
    const child = answer.article && engine.store.getArticle(answer.article.id);
    if (previous && child) recordFollowUp(engine.store, previous, child);
    if (values.format === 'json') io.out(JSON.stringify(publicAnswer(answer), null, 2));
    else if (values.format === 'html') {
      const { renderAnswerDocument } = await import('../../server/pages/render.ts');
      io.out(await renderAnswerDocument(answer));
    } else io.out(answerToMarkdown(answer));
    return 0;
  } finally {
    engine.close();
  }
}
