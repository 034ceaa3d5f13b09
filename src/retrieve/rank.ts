/*
 * Passage ranking for a question: field-weighted BM25 (BM25F) over title, section and body, then phrase
 * and proximity bonuses, pseudo-relevance feedback, sibling passages of the same publication and priors.
 */
import { sharesAspect, textAspects } from './aspects.ts';
import { defaultRankingConfig } from './config.ts';
import { feedbackTerms } from './feedback.ts';
import { priorMultiplier } from './priors.ts';
import { proximityBonus, sequencePairs } from './proximity.ts';
import { planQuery } from './query-plan.ts';
import { RankingIndex } from './ranking-index.ts';
import { SpellingCorrector } from './spelling.ts';
import { topByScore } from './top-scores.ts';
import type { Store } from '../store/index.ts';
import type { Aspect } from './aspects.ts';
import type { RankingConfig } from './config.ts';
import type { PlannedTerm, QueryExpander, QueryPlan } from './query-plan.ts';

export interface RankedPassage {
  passageId: number;
  documentId: string;
  score: number;
}

export interface RankerOptions {
  config?: RankingConfig;
  /** Lexicon expansion of the question's names; none when absent. */
  expander?: QueryExpander;
  /** An index already built for the same store state, to share between configurations. */
  index?: RankingIndex;
}

/** Ranking bound to one store state; rebuild it after ingesting. */
export class Ranker {
  readonly index: RankingIndex;
  readonly config: RankingConfig;
  readonly #store: Store;
  readonly #expander: QueryExpander | undefined;
  /** Built on the first unknown word: most questions have none, and building reads the whole vocabulary. */
  #corrector: SpellingCorrector | undefined;
  readonly #stems = new Map<string, string>();
  /** 1 − b + b·length/average, per passage and field. */
  readonly #norms: Float64Array;
  /** Aspects each passage's heading answers. */
  readonly #headingAspects: Set<Aspect>[];

  constructor(store: Store, options: RankerOptions = {}) {
    this.#store = store;
    this.config = options.config ?? defaultRankingConfig;
    this.index = options.index ?? new RankingIndex(store);
    this.#expander = options.expander;
    this.#headingAspects = this.index.facts.map((f) => textAspects(f.heading));
    const { lengthNormalisation: b } = this.config.bm25;
    const fieldB = [b.title, b.section, b.body];
    this.#norms = new Float64Array(this.index.size * 3);
    for (let p = 0; p < this.index.size; p++) {
      for (let f = 0; f < 3; f++) {
        const avg = this.index.averageLengths[f]!;
        this.#norms[p * 3 + f] = avg > 0 ? 1 - fieldB[f]! + (fieldB[f]! * this.index.lengths[p * 3 + f]!) / avg : 1;
      }
    }
  }

  #spelling(): SpellingCorrector {
    this.#corrector ??= new SpellingCorrector(this.#store.vocabulary(), this.config.spelling.minLength);
    return this.#corrector;
  }

  /** The question as weighted index terms. */
  plan(question: string): QueryPlan {
    return planQuery(question, this.config, {
      stems: (words) => this.#stemWords(words),
      frequency: (term) => this.index.frequency(term),
      ...(this.config.spelling.enabled ? { corrector: { correct: (word, edits) => this.#spelling().correct(word, edits) } } : {}),
      ...(this.#expander ? { expander: this.#expander } : {}),
    });
  }

  /**
   * The best passages for a question, best first.
   * @example ranker.rank('What are the treatments for gout?', { limit: 10 })
   */
  rank(question: string, { limit = 100 }: { limit?: number } = {}): RankedPassage[] {
    const plan = this.plan(question);
    let scores = this.#bm25f(plan.terms);
    const pairs = this.config.proximity.enabled ? sequencePairs(this.index, plan.sequences) : [];
    const asked = this.config.aspects.enabled ? textAspects(question) : new Set<Aspect>();
    let candidates = this.#withBonuses(scores, pairs, asked);
    if (this.config.feedback.enabled && candidates.length > 0) {
      const top = candidates.slice(0, this.config.feedback.passages).map((p) => [p, scores.values[p]!] as [number, number]);
      const extra = feedbackTerms(this.index, top, new Set(plan.terms.map((t) => t.term)), this.config.feedback);
      if (extra.length > 0) {
        scores = this.#bm25f([...plan.terms, ...extra]);
        candidates = this.#withBonuses(scores, pairs, asked);
      }
    }
    const { values, touched } = scores;
    for (const p of touched) values[p]! *= priorMultiplier(this.index.facts[p]!, this.config.priors);
    return topByScore(touched, values, limit).map((p) => {
      const facts = this.index.facts[p]!;
      return { passageId: facts.id, documentId: facts.documentId, score: values[p]! };
    });
  }

  /** BM25F scores of every passage holding at least one term. */
  #bm25f(terms: PlannedTerm[]): { values: Float64Array; touched: number[] } {
    const values = new Float64Array(this.index.size);
    const seen = new Uint8Array(this.index.size);
    const touched: number[] = [];
    const { k1, fieldWeights: w } = this.config.bm25;
    const fw = [w.title, w.section, w.body];
    for (const { term, weight } of terms) {
      const postings = this.index.postings.get(term);
      if (!postings) continue;
      const idf = this.index.idf(term) * weight;
      const { passages, counts } = postings;
      for (let i = 0; i < passages.length; i++) {
        const p = passages[i]!;
        let tf = 0;
        for (let f = 0; f < 3; f++) {
          const c = counts[i * 3 + f]!;
          if (c > 0) tf += (fw[f]! * c) / this.#norms[p * 3 + f]!;
        }
        values[p]! += (idf * tf * (k1 + 1)) / (k1 + tf);
        if (!seen[p]) {
          seen[p] = 1;
          touched.push(p);
        }
      }
    }
    return { values, touched };
  }

  /** Add proximity, aspect and same-publication bonuses to the best candidates; returns them best first. */
  #withBonuses(
    scores: { values: Float64Array; touched: number[] },
    pairs: ReturnType<typeof sequencePairs>,
    asked: ReadonlySet<Aspect>,
  ): number[] {
    const { values, touched } = scores;
    const candidates = topByScore(touched, values, this.config.proximity.candidates);
    if (pairs.length > 0) {
      for (const p of candidates) values[p]! += proximityBonus(this.index, p, pairs, this.config.proximity);
    }
    if (asked.size > 0) {
      for (const p of candidates) if (sharesAspect(asked, this.#headingAspects[p]!)) values[p]! *= 1 + this.config.aspects.weight;
    }
    if (this.config.publication.enabled) {
      const best = new Map<number, [number, number]>();
      for (const p of candidates) {
        const pub = this.index.publicationOf[p]!;
        const top = best.get(pub) ?? [-1, 0];
        if (top[0] < 0 || values[p]! > values[top[0]]!) best.set(pub, [p, top[0] < 0 ? top[1] : values[top[0]]!]);
        else if (values[p]! > top[1]) best.set(pub, [top[0], values[p]!]);
      }
      const bonus = candidates.map((p) => {
        const [first, second] = best.get(this.index.publicationOf[p]!)!;
        return this.config.publication.weight * (first === p ? second : values[first]!);
      });
      candidates.forEach((p, i) => (values[p]! += bonus[i]!));
    }
    return candidates.sort((a, b) => values[b]! - values[a]! || a - b);
  }

  #stemWords(words: string[]): string[] {
    const missing = [...new Set(words.filter((w) => !this.#stems.has(w)))];
    if (missing.length > 0) {
      const stems = this.#store.indexTerms(missing.join(' '));
      if (stems.length === missing.length) missing.forEach((w, i) => this.#stems.set(w, stems[i]!));
      else for (const w of missing) this.#stems.set(w, this.#store.indexTerms(w)[0] ?? w);
    }
    return words.map((w) => this.#stems.get(w)!);
  }
}
