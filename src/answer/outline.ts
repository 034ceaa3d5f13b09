/*
 * Which sections of a topic or drug answer which kind of question, and which statements are cautions.
 * Headings are matched by their words, so library authors keep the freedom to name sections.
 */
import type { Intent } from '../retrieve/index.ts';

interface SectionRule {
  /** Sections that answer the intent. */
  include?: RegExp;
  /** Sections left out even when nothing narrower matched. */
  exclude?: RegExp;
  /** Sections whose statements rank higher for a specific question of this intent (never a filter). */
  favour?: RegExp;
}

const cautionHeading = /pitfall|caveat|caution|warning|safety/i;
const overviewHeading = /^(overview|background|introduction|summary|key points)/i;

export const sectionRules: Record<Intent, SectionRule> = {
  management: { favour: /first[- ]line|initial|treatment|management|therapy|acute/i, exclude: /diagnos|assessment|investigation|differential|epidemiolog|patholog|aetiolog|etiolog|definition|screening|clinical features|presentation|classification/i },
  dosing: { include: /dos|administration|regimen|how to take/i },
  'adverse-effects': { include: /adverse|side effect|toxicit|safety|harms/i },
  contraindications: { include: /contraindicat|caution|interaction|avoid/i },
  monitoring: { include: /monitor|follow|surveillance|review/i },
  diagnosis: { include: /diagnos|assessment|investigation|criteria|differential|clinical features|presentation|evaluation/i },
  prognosis: { include: /prognos|outlook|natural history|survival|course/i },
  prevention: { include: /prevent|screen|prophyla|vaccin|risk reduction/i },
  definition: { include: /overview|definition|background|clinical features|indications/i },
  comparison: { include: /overview|indication|dos|adverse|contraindicat|interaction|monitor|first-line|efficacy|pregnan/i },
};

export function isCautionHeading(heading: string): boolean {
  return cautionHeading.test(heading);
}

export function isOverviewHeading(heading: string): boolean {
  return overviewHeading.test(heading);
}

/** A statement that warns rather than recommends: it belongs under pitfalls and caveats. */
export function isCautionary(text: string): boolean {
  return /^(avoid|do not|don't|never|beware|caution|pitfall)\b/i.test(text.trim());
}

export const pitfallsHeading = 'Common pitfalls and caveats';
export const bottomLineHeading = 'Bottom line';
export const supportingHeading = 'From imported guidelines and literature';
