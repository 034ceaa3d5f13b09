/*
 * What a reader of one input format yields: documents to store, ids to delete (PubMed DeleteCitation),
 * and records it had to skip. Readers throw MalformedInputError for damage that stops the whole file.
 */
import type { ClinicalDocument } from '../types.ts';
import type { MalformedInputError } from '../errors.ts';
import type { PassageInput } from '../store/index.ts';
import type { ImportLimits } from './limits.ts';

export type IngestEvent =
  /** `contentHash` and `passages` may come precomputed (by the parsing worker). */
  | { kind: 'document'; document: ClinicalDocument; contentHash?: string; passages?: PassageInput[] }
  | { kind: 'delete'; id: string }
  /** Something the import changed about a record it kept (HTML flattened past the depth limit). */
  | { kind: 'notice'; message: string }
  | { kind: 'skip'; error: MalformedInputError };

export type IngestReader = (file: string, limits: ImportLimits) => AsyncGenerator<IngestEvent>;

export const ingestFormats = ['auto', 'library', 'jsonl', 'pubmed', 'jats', 'html'] as const;
export type IngestFormat = (typeof ingestFormats)[number];
export type FileFormat = Exclude<IngestFormat, 'auto'>;
