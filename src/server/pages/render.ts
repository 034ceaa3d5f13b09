/* Renders answers to complete HTML documents, for the server and for `ask --format html`. */
import { htmlDocument } from './layout.tsx';
import { ArticlePage } from './article.tsx';
import { NoticePage } from './misc.tsx';
import type { Answer } from '../../answer/index.ts';

export function renderAnswerDocument(answer: Answer): Promise<string> {
  return htmlDocument(answer.status === 'answered' ? ArticlePage({ answer }) : NoticePage({ answer }));
}
