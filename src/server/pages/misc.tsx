/* The smaller pages: home (ask box and recent articles), a non-answer notice, the editorial policy, errors. */
import { AskForm, Layout } from './layout.tsx';
import { reviewStateLabels } from '../../articles/index.ts';
import type { Answer } from '../../answer/index.ts';
import type { StoredArticle } from '../../store/index.ts';

/** Home: the ask box and articles, approved first, each by its title (topic and intent) — never a reader's question. */
export function HomePage(props: { recent: StoredArticle[] }) {
  return (
    <Layout title="Evidence-grounded clinical answers">
      <h1>Evidence-grounded clinical answers</h1>
      <p>Ask a clinical question. Every statement in the answer is cited to a guideline, review, trial or drug label from a reviewed library.</p>
      <AskForm id="home-q" placeholder="What is the management approach for ALS?" />
      <p>
        <a href="/library">Browse the clinical library</a>
      </p>
      <h2>Articles</h2>
      {props.recent.length === 0 ? (
        <p>No articles yet.</p>
      ) : (
        <ul class="recent">
          {props.recent.map((a) => (
            <li>
              <a href={`/articles/${a.slug}`}>{a.answer.title}</a> <span class="meta">— {reviewStateLabels[a.reviewState]}</span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The bundled library, A to Z: each topic opens its management article, each drug its clinical use. */
export function LibraryPage(props: { topics: { id: string; title: string }[]; drugs: { id: string; title: string }[] }) {
  const link = (question: string) => `/ask?q=${encodeURIComponent(question)}`;
  return (
    <Layout title="Clinical library">
      <h1>Clinical library</h1>
      <p>
        {plural(props.topics.length, 'condition')} and {plural(props.drugs.length, 'drug monograph')}, each statement cited to guidelines, reviews, trials or drug labels.
      </p>
      <h2>Conditions</h2>
      <ul class="recent">
        {props.topics.map((t) => (
          <li>
            <a href={link(`What is the management of ${t.title}?`)}>{t.title}</a>
          </li>
        ))}
      </ul>
      <h2>Drugs</h2>
      <ul class="recent">
        {props.drugs.map((d) => (
          <li>
            <a href={link(`What is the dose of ${d.title}?`)}>{d.title}</a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

const noticeHeadings: Record<Exclude<Answer['status'], 'answered'>, string> = {
  out_of_scope: 'Outside what Evidentia answers',
  insufficient_evidence: 'Not enough evidence to answer',
  crisis_support: 'You deserve support right now',
};

export function NoticePage(props: { answer: Answer }) {
  const { answer } = props;
  const heading = noticeHeadings[answer.status === 'answered' ? 'insufficient_evidence' : answer.status];
  // Refused text (possibly an attempt to steer the engine) and words of distress are not echoed back.
  const echo = answer.status === 'insufficient_evidence';
  return (
    <Layout title={heading} query={echo ? answer.question : ''}>
      <h1>{heading}</h1>
      {echo ? <p class="meta">You asked: {answer.question}</p> : null}
      <p class={answer.status === 'crisis_support' ? 'notice crisis' : 'notice'}>{answer.message}</p>
      {answer.closestTopics && answer.closestTopics.length > 0 ? (
        <section aria-label="Closest library topics">
          <h2>Closest topics in the library</h2>
          <ul>
            {answer.closestTopics.map((t) => (
              <li>
                <a href={`/ask?q=${encodeURIComponent(`What is the management of ${t.title}?`)}`}>{t.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

export function EditorialPolicyPage() {
  return (
    <Layout title="Editorial policy">
      <h1>Editorial policy</h1>
      <p>Evidentia composes articles only from statements in its reviewed clinical library and from literature an installation imports. It does not generate free text: every statement shown is a statement of a cited source, and every reference is a real publication with its type, issuing body or journal, and year.</p>
      <h2>Sources</h2>
      <p>Current clinical practice guidelines come first, then systematic reviews and pivotal trials, then drug labels. Library files record the date they were last checked against their sources.</p>
      <h2>When the evidence is not enough</h2>
      <p>If the library has no evidence on what was asked, Evidentia says so and answers nothing, rather than answering about another condition. Questions that are not about health are declined.</p>
      <h2>Medical Advisory Board review</h2>
      <p>Every generated article is Submitted, then claimed by a reviewer (Under review), then Approved — or returned with Changes requested, edited and submitted again. Reviewers are named clinicians with accounts; the reviewer who approved an article, their credentials and specialty, and the date are shown on it. An editor cannot approve a version they wrote. Until an article is approved, the page says that its content is pending human review. When a source an approved article cites changes or is withdrawn, the article is marked as needing re-review and says so. Every edit is kept as a version, and every step is recorded in an audit log that cannot be changed.</p>
      <h2>Readers' questions</h2>
      <p>Articles are named by what they are about — the condition or drug and what is asked of it — never by the words of a reader's question. Questions are answered and not stored, and no public page shows them.</p>
      <h2>Corrections</h2>
      <p>Errors reported by readers are checked against the cited sources and corrected in the library; affected articles are revised and reviewed again.</p>
    </Layout>
  );
}

export function ErrorPage(props: { status: number; message: string }) {
  return (
    <Layout title={`Error ${props.status}`}>
      <h1>{props.status === 404 ? 'Not found' : 'Something went wrong'}</h1>
      <p class="notice">{props.message}</p>
    </Layout>
  );
}
