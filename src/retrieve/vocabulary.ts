/*
 * Word lists for reading questions: words that carry no search meaning, clinical words too generic to
 * identify a condition, and health vocabulary that marks a question as medical.
 */

/** Question words, fillers and function words stripped before searching (contractions too, as typed without
 * the apostrophe: "shes", "cant"). */
export const stopWords = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers herself him
  himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other
  our ours ourselves out over own same she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves what's whats how's hows tell explain please know need want get give us let
  recommended recommend approach best way ways current currently also there's like one someone anyone something plus
  shes hes im ive youre theyre weve isnt arent wasnt dont doesnt didnt cant couldnt wont wouldnt shouldnt thats theres`.split(/\s+/),
);

/** Clinical words that say what kind of answer is wanted, not what it is about. */
export const genericClinicalWords = new Set(
  `treatment treatments treat treated treating therapy therapies therapeutic manage managed management managing care
  approach first line first-line initial initially option options choice choices medication medications medicine medicines
  drug drugs dose doses dosing dosage regimen regimens patient patients adult adults people person disease diseases
  disorder disorders condition conditions syndrome symptom symptoms sign signs diagnosis diagnose diagnosed test tests
  testing evaluation assessment monitor monitoring prevent prevention prevented screening screen risk risks effect effects
  side adverse safe safety prognosis outlook cause causes caused acute chronic severe mild moderate type new latest
  guideline guidelines evidence emergency home cure cured help helps control controlled long term taking take takes used
  use using needed required standard usual common typical important key main primary secondary early late stage stages
  concern concerns prescribe prescribed prescribing`.split(/\s+/),
);

/** Words for a drug's form: "hydrocortisone cream" is hydrocortisone for a library that names the drug alone. */
export const formulationWords = new Set(
  `cream creams ointment ointments gel gels lotion lotions tablet tablets tabs capsule capsules caps spray sprays drops
  inhaler inhalers patch patches injection injections syrup liquid solution suppository suppositories pessary pessaries`.split(/\s+/),
);

/** Words that mark a question as being about health, beyond the library's own names. */
export const healthWords = new Set(
  `health healthy medical medicine medication medications drug drugs dose doses dosing dosage treatment treat treated therapy
  disease illness sick sickness infection infections virus viral bacteria bacterial symptom symptoms sign signs diagnosis
  diagnose doctor nurse pharmacist hospital clinic surgery surgical operation pain ache aches fever cough cold flu rash
  injury wound bleeding blood pressure heart lung lungs kidney kidneys liver brain skin bone bones joint joints muscle
  muscles nerve nerves stomach bowel gut eye eyes ear ears throat teeth tooth pregnancy pregnant baby infant child
  children vaccine vaccines vaccination cancer tumour tumor diabetes asthma allergy allergic antibiotic antibiotics pill
  pills tablet tablets injection insulin syndrome disorder condition chronic acute side effects adverse prognosis
  screening mental depression anxiety sleep weight obesity diet nutrition smoking alcohol addiction withdrawal overdose
  poisoning headache migraine seizure stroke dementia arthritis fracture breathing breath cholesterol glucose sugar
  thyroid hormone urine urinary anaemia anemia stroke clot clots palliative terminal dying therapy physiotherapy
  rehabilitation patient patients clinical clinician prescribe prescription contraindication
  contraindications interaction interactions monitoring mg dose`.split(/\s+/),
);

/** Word endings typical of diseases, procedures and drugs (-itis, -osis, -ectomy, -olol...). */
export const medicalWordEnding =
  /(itis|osis|emia|aemia|oma|pathy|plasia|ectomy|otomy|scopy|algia|uria|penia|cytosis|trophy|plegia|olol|pril|sartan|statin|mab|azole|cillin|mycin|cycline|triptan|gliflozin|gliptin|glutide|parin|xaban|prazole|zepam|oxetine|pine|semide|thiazide|sone|olone|vir)$/;

/**
 * Phrases that try to steer the engine rather than ask it something: set aside its rules or library, give
 * it a new role ("you're my running coach now", "from now on you are…"), or ask for its workings.
 */
export const injectionPatterns = [
  /\bignore (all |any |the |your |my |of )*(previous|prior|above|earlier) (instructions|prompts?|rules|messages)/i,
  // Not "ignore the instructions on the packet", which a patient may ask about.
  /\bignore (all |any |your |these )+(rules|instructions|guidelines|safety (rules|guidelines))\b/i,
  /\b(disregard|forget) (all |your |the )?(previous |prior )?(instructions|rules|guidelines|prompt)/i,
  // "Ignore your clinical library and all previous rules": a few words may come between.
  /\b(ignore|disregard|forget|override|bypass) (all |any |of )?(your|these|those|previous|prior|everything)\b[^.?!]{0,40}?\b(rules|instructions|guidelines|library|prompts?|programming|restrictions|filters|training|polic(y|ies))\b/i,
  /\b(ignore|disregard|forget) (all (of )?)?(that|the above|everything (above|before|else)|the medical stuff)\b/i,
  // "Ignore the clinical library and your earlier rules": the library itself, or rules said to be earlier.
  /\b(ignore|disregard|forget|override|bypass) the (clinical |medical |reviewed )?(library|evidence base)\b/i,
  /\b(ignore|disregard|forget|override|bypass)\b[^.?!]{0,40}?\b(your|all) (previous|prior|earlier|original|above) (rules|instructions|prompts?|guidelines)\b/i,
  /\b(system prompt|jailbreak|developer mode|developer test|debug mode|you are now|pretend to be|pretend (you'?re|you are)|role-?play as)\b/i,
  /(^|[.!?]\s*|\b(now|please|you will|you should|i want you to) )act as\b/i,
  /\bfrom now on,? (you|you'?re|act|respond|answer|reply)\b/i,
  /\b(you'?re|you are|youre) (now )?my [a-z ]{1,30}?\bnow\b/i,
  /\b(ai|assistant|model|chatbot|bot) (with|without) (no |any )?(restrictions|filters|rules|limits|guardrails|censorship)\b/i,
  /\bnew (task|instructions|role) ?:/i,
  /\b(reveal|print|show) (your|the) (system )?(prompt|instructions)/i,
];
