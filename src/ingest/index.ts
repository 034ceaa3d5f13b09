/* Public API of the ingest stage: turning files into ClinicalDocuments and loading them into a store. */
export { checkLibrary, libraryStats, formatProblem } from './library/check.ts';
export type { LibraryCheck, LibraryStats } from './library/check.ts';
export type { LibraryProblem } from './library/parse.ts';
export { parseLibraryFile } from './library/parse.ts';
export { ingestPaths, syncLibrary, libraryFingerprint } from './run.ts';
export { contentHash, documentPassages } from './prepare.ts';
export type { IngestSummary, IngestOptions } from './run.ts';
export { ingestFormats } from './types.ts';
export type { IngestFormat, IngestEvent } from './types.ts';
export { readPubmedFile, evidenceTypeOf } from './pubmed.ts';
export { readJatsFile } from './jats.ts';
export { readHtmlFile } from './html-page.ts';
export { acquireImportLock, importLockPath, describeHolder } from './lock.ts';
export type { ImportHolder, ImportLock } from './lock.ts';
export { defaultLimits, limitOptions, readLimits } from './limits.ts';
export type { ImportLimits } from './limits.ts';
