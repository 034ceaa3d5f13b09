/* Public API of the ingest stage: turning files into ClinicalDocuments and loading them into a store. */
export { checkLibrary, libraryStats, formatProblem } from './library/check.ts';
export type { LibraryCheck, LibraryStats } from './library/check.ts';
export type { LibraryProblem } from './library/parse.ts';
export { parseLibraryFile } from './library/parse.ts';
export { ingestPaths, syncLibrary, contentHash, libraryFingerprint } from './run.ts';
export type { IngestSummary, IngestOptions, IngestFormat } from './run.ts';
