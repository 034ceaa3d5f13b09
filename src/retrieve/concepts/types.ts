/*
 * What concept linking finds in a question: the library documents it names (with how they were named),
 * the medical concepts it names that the library does not cover, and the findings of a vignette.
 */
import type { LibraryName, NameRole } from '../../store/index.ts';
import type { HealthCategory } from '../lexicon/tables.ts';

/** How a span of the question was recognised. */
export type MentionSource = 'name' | 'lexicon' | 'spelling' | 'finding' | 'vocabulary';

export interface ConceptMention {
  /** The words as typed. */
  text: string;
  /** Token span, first and one past the last. */
  from: number;
  to: number;
  source: MentionSource;
  /** 1 for a library name as written, less for a lexicon reading, a near spelling or a finding. */
  quality: number;
  /** The library name the words were read as ("too breathless to talk" → "acute severe asthma"). */
  name?: string;
  /** Read from a lay description of what is felt ("dizzy on standing"), not a condition's name. */
  described?: boolean;
  /** Read from a presentation, a picture of one condition ("jaw aches when chewing"), not a lay word for a symptom. */
  pictured?: boolean;
}

/** A library topic or drug the question names. */
export interface LinkedDocument {
  documentId: string;
  kind: LibraryName['kind'];
  title: string;
  role: Exclude<NameRole, 'excluded'>;
  /** Every name the library writes for the document (title, aliases, broader names), to find it in statements. */
  names: string[];
  mentions: ConceptMention[];
  /** Link strength: mention quality × role weight, a little more for each further mention. */
  score: number;
  /** Every mention follows a history cue ("known COPD", "finished alcohol detox"): the patient's background. */
  background?: boolean;
  /** A test found it ("CDT positive", "tTG positive"): a condition confirmed, whose management is asked, whatever brought it on. */
  foundByTest?: boolean;
  /** Every mention comes before a turn to the present ("has Parkinson's and now he's got…"): background to what follows (a drug too). */
  superseded?: boolean;
  /** Every mention is ruled out, before ("no CKD") or after ("Dix-Hallpike negative"): not what the patient has. */
  ruledOut?: boolean;
  /** Every mention follows a likeness cue ("spots that look like acne"): a comparison, perhaps not the subject. */
  likened?: boolean;
  /** Every mention is the reader's guess at what they describe ("is it shingles?"): the description decides. */
  guessed?: boolean;
  /** Reached through a value past an emergency's bound ("ketones 5.8"): what is happening now, the subject. */
  urgent?: boolean;
}

/** A medical concept the question names that no library document covers. */
export interface UncoveredConcept {
  text: string;
  category: HealthCategory;
  /** Token span in the question. */
  from: number;
  to: number;
  /** The library document that shares its words but does not cover it ("hypertension" for "pulmonary hypertension"). */
  neighbour?: { documentId: string; title: string };
  /** The reader's guess at what they describe ("is this just the baby blues?"), not a fact. */
  guessed?: boolean;
  /** Named after a history cue ("known breast ca with bony mets"): the patient's background. */
  background?: boolean;
  /** Named after an onset cue ("GP says frozen shoulder", "newly diagnosed sarcoid"): the problem asked about. */
  onset?: boolean;
  /** Told by its presentation, not named ("my penis bends when erect" is Peyronie's disease). */
  described?: boolean;
}

/** A measured value of a vignette: "K+ 6.8", "eGFR 25", "82F", "28 weeks pregnant". */
export interface Finding {
  text: string;
  /** Words to look for in statements ("potassium", "older adults", "pregnancy"). */
  terms: string[];
  /** The condition a value past its range points to ("hyperkalaemia" for "K+ 6.8"). */
  condition?: string;
  /** The value measured ("6.8" of "K+ 6.8", 72 of "72M"); none for a dipstick grade. */
  value?: number;
  /** How many times its baseline the value has risen to ("Cr 90 → 210" is 2.3): what staging by a multiple reads. */
  rise?: number;
  /** Whose the question is: an age band ("3 month old", "82F"), a pregnancy ("28/40") or the weeks after a birth. */
  group?: boolean;
  /** The sex a vignette gives with the age ("58M", "26F"). */
  sex?: Sex;
}

export type Sex = 'male' | 'female';

export interface ConceptLinks {
  /** Best first; one entry a document. */
  documents: LinkedDocument[];
  uncovered: UncoveredConcept[];
  findings: Finding[];
  /** What the lexicon reads the question's words as ("peaked T waves" → "ECG changes"), in clinical words. */
  readings: string[];
  /** The same readings by the question's word they read (lower case): "slurring" → "slurred speech". */
  wordReadings: Map<string, string[]>;
  /** Medical words recognised anywhere (categories of the health vocabulary), for health recognition. */
  healthCategories: Set<HealthCategory>;
  /** Token spans taken by concepts and findings: not content words of the question. */
  covered: [number, number][];
}
