/*
 * Citations both ways: each citation marker is a tap-sized link to its reference that names the source on
 * hover or focus (CSS only: pages work without script), and each reference links back to every place it
 * is cited. PMID and DOI link out; a reference shows its type and year, and is marked when it is old
 * enough that newer evidence may have replaced it.
 */
import { sourceTypeLabel } from '../../types.ts';
import { referenceTrace } from '../../answer/index.ts';
import type { AnswerReference, AnswerSection, AnswerStatement } from '../../answer/index.ts';

/** A source this many years old or more is marked as older: guidelines are usually revised within ten years. */
export const olderSourceYears = 10;

/** Where each citation marker sits: the marker ids of each statement, and every marker of each reference. */
export interface CitationPlaces {
  markers: Map<AnswerStatement, string[]>;
  byReference: Map<number, { id: string; section: string }[]>;
}

/** Number the citation markers in reading order (sections as displayed, statements depth first). */
export function citationPlaces(sections: AnswerSection[]): CitationPlaces {
  const markers = new Map<AnswerStatement, string[]>();
  const byReference = new Map<number, { id: string; section: string }[]>();
  const visit = (s: AnswerStatement, section: string) => {
    markers.set(
      s,
      s.citations.map((n) => {
        const places = byReference.get(n) ?? [];
        const id = `cite-${n}-${places.length + 1}`;
        places.push({ id, section });
        byReference.set(n, places);
        return id;
      }),
    );
    s.children?.forEach((c) => visit(c, section));
  };
  for (const section of sections) section.statements.forEach((s) => visit(s, section.heading));
  return { markers, byReference };
}

function shortSource(r: AnswerReference): string {
  return `${sourceTypeLabel[r.type]}: ${r.source || r.title}${r.year ? `, ${r.year}` : ''}`;
}

export function Citations(props: { numbers: number[]; ids: string[]; references: Map<number, AnswerReference> }) {
  return (
    <span class="cites">
      {props.numbers.map((n, i) => {
        const r = props.references.get(n);
        return (
          <a class="cite" href={`#ref-${n}`} id={props.ids[i]} aria-label={`Reference ${n}${r ? `: ${shortSource(r)}` : ''}`}>
            {n}
            {r ? (
              <span class="tip" aria-hidden="true">
                {shortSource(r)}
              </span>
            ) : null}
          </a>
        );
      })}
    </span>
  );
}

export function References(props: { references: AnswerReference[]; places: CitationPlaces; year: number; exports?: string }) {
  return (
    <section aria-labelledby="references-heading">
      <h2 id="references-heading">References</h2>
      <ol class="references">
        {props.references.map((r) => {
          const places = props.places.byReference.get(r.n) ?? [];
          const older = r.year !== null && props.year - r.year >= olderSourceYears;
          return (
            <li id={`ref-${r.n}`}>
              <span class="type">{sourceTypeLabel[r.type]}</span>
              {r.year ? <span class="year">{r.year}</span> : null}
              {older ? <span class="older">Older source ({props.year - r.year!} years)</span> : null} {r.title}. {r.source}.
              {referenceTrace(r)}
              {r.pmid ? (
                <>
                  {' '}
                  <a href={`https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(r.pmid)}/`} rel="noopener">
                    PMID {r.pmid}
                  </a>
                </>
              ) : null}
              {r.doi ? (
                <>
                  {' '}
                  <a href={`https://doi.org/${r.doi}`} rel="noopener">
                    doi:{r.doi}
                  </a>
                </>
              ) : null}
              {r.url && !r.doi ? (
                <>
                  {' '}
                  <a href={r.url} rel="noopener">
                    Source page
                  </a>
                </>
              ) : null}
              {places.length > 0 ? (
                <span class="backlinks">
                  {' '}
                  Cited in:{' '}
                  {places.map((p, i) => (
                    <a href={`#${p.id}`} class="back" aria-label={`Back to citation ${i + 1} of reference ${r.n}, in ${p.section}`}>
                      ↩{places.length > 1 ? i + 1 : ''}
                    </a>
                  ))}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      {props.exports ? (
        <p class="exports">
          Export: <a href={`${props.exports}/references.ris`}>references (RIS)</a> ·{' '}
          <a href={`${props.exports}/references.bib`}>references (BibTeX)</a> ·{' '}
          <a href={`${props.exports}/article.md`}>article (Markdown)</a>
        </p>
      ) : null}
    </section>
  );
}
