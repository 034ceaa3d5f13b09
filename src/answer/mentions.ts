/*
 * Finds which library drugs and key non-drug interventions a statement names, for the lead summary
 * and the suggested follow-up questions.
 */
import { normalise } from '../retrieve/index.ts';
import type { LibraryName } from '../store/index.ts';

/** Non-drug interventions worth naming in a lead summary when the body recommends them. */
const keyInterventions = [
  'non-invasive ventilation',
  'gastrostomy',
  'multidisciplinary care',
  'palliative care',
  'advance care planning',
  'physiotherapy',
  'exercise',
  'dialysis',
  'endoscopy',
  'thrombectomy',
  'thymectomy',
  'plasma exchange',
  'cognitive behavioural therapy',
  'psychotherapy',
  'vaccination',
  'weight loss',
  'smoking cessation',
  'surgery',
  'oxygen',
  'fluid resuscitation',
  'pulmonary rehabilitation',
  'speech and language therapy',
  'mammography',
  'colonoscopy',
];

export class InterventionFinder {
  readonly #drugs = new Map<string, { phrase: string; title: string }[]>();

  constructor(names: LibraryName[]) {
    for (const n of names) {
      if (n.kind !== 'drug') continue;
      const phrase = normalise(n.name);
      const first = phrase.split(' ')[0]!;
      if (phrase.length < 4) continue;
      const list = this.#drugs.get(first) ?? [];
      list.push({ phrase, title: n.title });
      this.#drugs.set(first, list);
    }
  }

  /** Drug titles named in the text, in order of appearance. */
  drugs(text: string): string[] {
    const words = normalise(text).split(' ');
    const joined = ` ${words.join(' ')} `;
    const found: string[] = [];
    for (const w of words) {
      for (const d of this.#drugs.get(w) ?? []) {
        if (!found.includes(d.title) && joined.includes(` ${d.phrase} `)) found.push(d.title);
      }
    }
    return found;
  }

  /** Key non-drug interventions named in the text. */
  interventions(text: string): string[] {
    const lower = ` ${normalise(text)} `;
    return keyInterventions.filter((k) => lower.includes(` ${normalise(k)} `) || (k.endsWith('ventilation') && /\bNIV\b/.test(text)));
  }
}
