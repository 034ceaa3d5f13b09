/*
 * `evidentia ask "QUESTION" [--audience A] [--format markdown|json|html]`: answers from the local store
 * (the bundled library is ingested on first use) and saves answered questions as articles.
 */
import { parseArgs } from 'node:util';
import { EvidentiaError } from '../../errors.ts';
import { audiences } from '../../types.ts';
import { openEvidentia } from '../../evidentia.ts';
import { answerToMarkdown, publicAnswer } from '../../answer/index.ts';
import type { Audience } from '../../types.ts';
import type { CliIo } from '../io.ts';

const formats = ['markdown', 'json', 'html'] as const;

export async function askCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { audience: { type: 'string', default: 'clinician' }, format: { type: 'string', default: 'markdown' } },
  });
  const question = positionals.join(' ').trim();
  if (!question) throw new EvidentiaError('USAGE', 'ask needs a question, e.g. evidentia ask "What is the dose of riluzole?"');
  if (!(audiences as readonly string[]).includes(values.audience!)) {
    throw new EvidentiaError('USAGE', `unknown audience "${values.audience}" (use one of: ${audiences.join(', ')})`);
  }
  if (!(formats as readonly string[]).includes(values.format!)) throw new EvidentiaError('USAGE', `unknown format "${values.format}" (use markdown, json or html)`);
  const engine = await openEvidentia();
  try {
    const answer = engine.ask(question, values.audience as Audience);
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
