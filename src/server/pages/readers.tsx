/* A signed-in reader's own page: the questions they asked, seen by them alone, and a way to clear them. */
import { CsrfField, Layout } from './layout.tsx';
import type { ReaderQuestion } from '../../store/index.ts';

const outcomeLabels: Record<string, string> = {
  answered: 'Answered',
  insufficient_evidence: 'Not enough evidence',
  out_of_scope: 'Outside what Evidentia answers',
};

export function MyQuestionsPage(props: { questions: ReaderQuestion[]; cleared?: number }) {
  return (
    <Layout title="My questions">
      <h1>My questions</h1>
      <p class="meta">
        Only you can see this list. Questions asked while signed in are kept here until you clear them; they are never shown on public
        pages.
      </p>
      {props.cleared !== undefined ? (
        <p class="notice" role="status">
          Your question history is cleared.
        </p>
      ) : null}
      {props.questions.length === 0 ? (
        <p>No questions yet.</p>
      ) : (
        <>
          <table class="queue history">
            <thead>
              <tr>
                <th>Asked</th>
                <th>Question</th>
                <th>Answer</th>
              </tr>
            </thead>
            <tbody>
              {props.questions.map((q) => (
                <tr>
                  <td>
                    <time datetime={q.askedAt}>{q.askedAt.slice(0, 16).replace('T', ' ')}</time>
                  </td>
                  <td>{q.question}</td>
                  <td>
                    {q.article ? (
                      <a href={`/articles/${q.article.slug}${q.audience === 'clinician' ? '' : `?audience=${q.audience}`}`}>
                        {q.article.title}
                      </a>
                    ) : (
                      (outcomeLabels[q.outcome] ?? q.outcome)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <form method="post" action="/my/questions/clear">
            <CsrfField />
            <button type="submit">Clear my question history</button>
          </form>
        </>
      )}
    </Layout>
  );
}
