/* Public API of the answer stage: composing cited articles and viewing them for an audience. */
export { composeAnswer } from './compose.ts';
export type { ComposeContext } from './compose.ts';
export { forAudience, audienceLabels, isLayAudience } from './audience.ts';
export { answerReadability, readabilityOf } from './readability.ts';
export type { Readability } from './readability.ts';
export { InterventionFinder } from './mentions.ts';
export type * from './types.ts';
export { publicAnswer } from './types.ts';
export { answerToMarkdown, referenceLine, referenceTrace } from './markdown.ts';
