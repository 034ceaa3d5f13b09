/*
 * The page frame shared by every HTML page: head, header with the ask box and the member's links, footer
 * with the disclaimer. Who is looking (and the CSRF token their forms carry) comes from `PageView`.
 */
import { raw } from 'hono/html';
import { createContext, useContext } from 'hono/jsx';
import type { Child } from 'hono/jsx';
import { boardStyles, readerStyles, styles } from './styles.ts';
import type { BoardMember } from '../../store/index.ts';

export const disclaimer =
  'Evidentia supports, and does not replace, the judgement of qualified health professionals. Content is for information and is not a substitute for professional medical advice, diagnosis or treatment. In an emergency, call your local emergency number.';

/** Per request: the signed-in member and the CSRF token; pages rendered outside the server (exports) have neither. */
export interface PageView {
  csrf?: string;
  member?: BoardMember;
  /** Inline the stylesheet (exported files); the server links /styles.css, as its CSP allows no inline code. */
  inlineStyles?: boolean;
}

export const PageViewContext = createContext<PageView>({ inlineStyles: true });

export function usePageView(): PageView {
  return useContext(PageViewContext);
}

/** The hidden CSRF field every POST form carries. */
export function CsrfField() {
  const view = usePageView();
  return view.csrf ? <input type="hidden" name="_csrf" value={view.csrf} /> : null;
}

/** An ask form: a POST with a CSRF token on the server; a plain GET (answers without saving) elsewhere. */
export function AskForm(props: { id: string; class?: string; placeholder: string; value?: string; label?: string; children?: Child }) {
  const view = usePageView();
  return (
    <form class={props.class ?? 'ask'} action="/ask" method={view.csrf ? 'post' : 'get'} role="search">
      <CsrfField />
      {props.children}
      <label for={props.id} class="visually-hidden">
        {props.label ?? 'Ask a clinical question'}
      </label>
      <input id={props.id} name="q" type="search" required maxlength={500} placeholder={props.placeholder} value={props.value ?? ''} />
      <button type="submit">Ask</button>
    </form>
  );
}

function MemberLinks() {
  const { member } = usePageView();
  if (!member)
    return (
      <a class="account" href="/login">
        Sign in
      </a>
    );
  const board = member.roles.some((r) => r === 'editor' || r === 'reviewer' || r === 'admin');
  return (
    <span class="account">
      {board ? <a href="/review">Review queue</a> : null} {member.roles.includes('admin') ? <a href="/admin/members">Members</a> : null}{' '}
      <a href="/my/questions">My questions</a> <span class="meta-light">{member.displayName}</span>{' '}
      <form method="post" action="/logout" class="inline">
        <CsrfField />
        <button type="submit" class="link">
          Sign out
        </button>
      </form>
    </span>
  );
}

/** A link that lets keyboard readers pass the header ("Skip to the answer"). */
export interface SkipLink {
  href: string;
  label: string;
}

export function Layout(props: { title: string; children: Child; query?: string; skipLinks?: SkipLink[] }) {
  const view = usePageView();
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · Evidentia`}</title>
        {view.inlineStyles ? <style>{raw(styles + boardStyles + readerStyles)}</style> : <link rel="stylesheet" href="/styles.css" />}
        {view.inlineStyles ? null : <link rel="icon" href="/favicon.ico" />}
      </head>
      <body>
        <nav class="skip" aria-label="Skip links">
          {[{ href: '#main', label: 'Skip to main content' }, ...(props.skipLinks ?? [])].map((l) => (
            <a href={l.href}>{l.label}</a>
          ))}
        </nav>
        <header class="site">
          <a class="brand" href="/">
            Evidentia
          </a>
          <AskForm id="q" placeholder="Ask a clinical question" value={props.query} />
          <nav aria-label="Site" class="site-nav">
            <a href="/library">Library</a>
            {view.inlineStyles ? null : <MemberLinks />}
          </nav>
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site">
          <p class="disclaimer">{disclaimer}</p>
          <p>
            <a href="/editorial-policy">Editorial policy</a>
          </p>
        </footer>
      </body>
    </html>
  );
}

/** A complete HTML document: the doctype and the rendered page, for the request's view. */
export async function htmlDocument(page: ReturnType<typeof Layout>, view: PageView = { inlineStyles: true }): Promise<string> {
  return `<!doctype html>${await (<PageViewContext.Provider value={view}>{page}</PageViewContext.Provider>).toString()}`;
}
