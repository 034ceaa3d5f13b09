/*
 * Follow-up questions read in the context of the article they follow. A follow-up inherits the focus
 * (condition, drug) of its article and of the articles that article followed; a question that names a
 * condition of its own switches focus; a drug named alone is asked about in the inherited condition
 * ("What about tofersen?" after the ALS article → tofersen in ALS); a question that names nothing
 * ("and in pregnancy?", "its side effects?") is asked about the inherited focus; and one that names
 * nothing with nothing to inherit asks the reader to say what they mean. Retrieval is not changed: the
 * context is written into the question it reads.
 *
 * Threads are kept in the store's key–value table (they survive restarts), as article ids only: a
 * thread shows articles by their titles, never a reader's wording.
 */
import type { Evidentia } from './evidentia.ts';
import type { Answer } from './answer/index.ts';
import type { Store, StoredArticle } from './store/index.ts';

interface Focus {
  title: string;
  kind: 'topic' | 'drug';
}

export interface FollowUpReading {
  /** The question retrieval reads (the reader's words with the inherited focus written in). */
  question: string;
  /** What is being answered, in the library's names ("Tofersen in amyotrophic lateral sclerosis (ALS)"). */
  answering?: string;
  /** Set when the question cannot be read without knowing what it is about. */
  clarify?: string;
}

/** How far back a thread is followed for an inherited focus. */
const inheritDepth = 3;
/** A first question that only makes sense after another ("what about in children?"); a pronoun alone is ordinary grammar ("a rash that doesn't fade"). */
const continuation = /^\s*(and|what about|how about|also|but)\b/i;

/** Read a follow-up of `previous` (an article id or slug), or a first question when there is none. */
export function readFollowUp(engine: Evidentia, question: string, previous?: StoredArticle): FollowUpReading {
  const named = engine.analyse(question).focus;
  const bare = question.trim().replace(/[?.!\s]+$/, '');
  const inherited = previous ? inheritedFocus(engine, previous) : [];
  const topic = inherited.find((f) => f.kind === 'topic');
  const latest = inherited[0];
  if (named.some((f) => f.kind === 'topic')) return { question };
  if (named.length > 0) {
    if (!topic) return { question };
    const drug = named[0]!.title;
    return { question: `${bare} in ${topic.title}?`, answering: `${drug} in ${lowerFirst(topic.title)}` };
  }
  if (!latest) {
    return continuation.test(question)
      ? {
          question,
          clarify: 'Which condition or medicine is this about? Name it in the question, for example "What about tofersen in ALS?".',
        }
      : { question };
  }
  const about = latest.kind === 'drug' && topic ? `${latest.title} in ${lowerFirst(topic.title)}` : latest.title;
  return { question: `${bare} (${about})?`, answering: `${bare} (${about})` };
}

/** The clarifying answer for a question that names nothing and follows nothing. */
export function clarification(question: string, reading: FollowUpReading, audience: Answer['audience']): Answer {
  return {
    status: 'insufficient_evidence',
    question,
    audience,
    title: 'Which condition or medicine do you mean?',
    summary: '',
    sections: [],
    references: [],
    message: reading.clarify ?? '',
  };
}

/** The foci a follow-up of `article` inherits: its own, then those of the articles it followed. */
function inheritedFocus(engine: Evidentia, article: StoredArticle): Focus[] {
  const out: Focus[] = [];
  let current: StoredArticle | undefined = article;
  for (let depth = 0; current && depth < inheritDepth; depth++) {
    // The title names everything the article is about ("Tofersen in amyotrophic lateral sclerosis (ALS):
    // clinical use" is kept under ALS, yet is about tofersen): the drug is the narrower focus, so it leads.
    const named = engine.analyse(current.answer.title).focus;
    for (const kind of ['drug', 'topic'] as const) {
      for (const f of named) if (f.kind === kind && !out.some((o) => o.title === f.title)) out.push({ title: f.title, kind });
    }
    const parent = engine.store.meta(parentKey(current.id));
    current = parent ? engine.store.getArticle(parent) : undefined;
  }
  return out;
}

const threadKey = (articleId: string) => `followups:${articleId}`;
const parentKey = (articleId: string) => `followup-of:${articleId}`;

/** Keep `child` in the thread under `parent` (once); the first article a child followed stays its parent. */
export function recordFollowUp(store: Store, parent: StoredArticle, child: StoredArticle): void {
  if (parent.id === child.id) return;
  const ids = threadIds(store, parent.id);
  if (!ids.includes(child.id)) store.setMeta(threadKey(parent.id), JSON.stringify([...ids, child.id]));
  if (!store.meta(parentKey(child.id))) store.setMeta(parentKey(child.id), parent.id);
}

/** The follow-up articles asked from an article, in the order first asked. */
export function followUpThread(store: Store, article: StoredArticle): StoredArticle[] {
  return threadIds(store, article.id)
    .map((id) => store.getArticle(id))
    .filter((a): a is StoredArticle => a !== undefined);
}

/** The article this one was first asked as a follow-up of, if any. */
export function followedArticle(store: Store, article: StoredArticle): StoredArticle | undefined {
  const parent = store.meta(parentKey(article.id));
  return parent ? store.getArticle(parent) : undefined;
}

function threadIds(store: Store, articleId: string): string[] {
  const raw = store.meta(threadKey(articleId));
  return raw ? (JSON.parse(raw) as string[]) : [];
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
