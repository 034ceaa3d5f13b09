/* The page frame shared by every HTML page: head, header with the ask box, footer with the disclaimer. */
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { styles } from './styles.ts';

export const disclaimer =
  'Evidentia supports, and does not replace, the judgement of qualified health professionals. Content is for information and is not a substitute for professional medical advice, diagnosis or treatment. In an emergency, call your local emergency number.';

export function Layout(props: { title: string; children: Child; query?: string }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · Evidentia`}</title>
        <style>{raw(styles)}</style>
      </head>
      <body>
        <header class="site">
          <a class="brand" href="/">Evidentia</a>
          <form class="ask" action="/ask" method="get" role="search">
            <label for="q" class="visually-hidden">Ask a clinical question</label>
            <input id="q" name="q" type="search" required maxlength={500} placeholder="Ask a clinical question" value={props.query ?? ''} />
            <button type="submit">Ask</button>
          </form>
        </header>
        <main>{props.children}</main>
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

/** A complete HTML document: the doctype and the rendered page. */
export async function htmlDocument(page: ReturnType<typeof Layout>): Promise<string> {
  return `<!doctype html>${await page.toString()}`;
}
