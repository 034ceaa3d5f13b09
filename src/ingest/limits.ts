/*
 * Import limits: what one record may weigh, so that an import's memory and time stay bounded whatever
 * the input. A record over a limit is skipped with its file, line and the limit named (or stops the
 * import without --continue-on-error). Each limit is a CLI option with the default below.
 */
import { EvidentiaError } from '../errors.ts';

export interface ImportLimits {
  /** Bytes of one record: a JSON Lines line, one XML element's text, one HTML page. */
  recordBytes: number;
  /** Passages one document may be cut into. */
  passagesPerDocument: number;
  /** HTML elements nested deeper than this are flattened into their ancestor at this depth. */
  htmlDepth: number;
}

export const defaultLimits: ImportLimits = {
  // MEDLINE's longest abstracts and PMC's longest articles are a few MB; 16 MB leaves room and keeps the
  // parsed record, its passages and the worker's copy well under the 600 MB an import may use.
  recordBytes: 16 * 1024 * 1024,
  // A long guideline is a few hundred passages; 5,000 is 450,000 words.
  passagesPerDocument: 5000,
  // Real pages nest a few dozen deep; browsers themselves cap their trees (Blink at 512).
  htmlDepth: 256,
};

/** parseArgs options for the limits, shared by `ingest` and anything else that imports. */
export const limitOptions = {
  'max-record-mb': { type: 'string' },
  'max-passages': { type: 'string' },
  'max-html-depth': { type: 'string' },
} as const;

/** The limits given on the command line, defaults for the rest. */
export function readLimits(values: {
  'max-record-mb'?: string | undefined;
  'max-passages'?: string | undefined;
  'max-html-depth'?: string | undefined;
}): ImportLimits {
  const number = (flag: string, value: string | undefined, fallback: number, scale = 1) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new EvidentiaError('USAGE', `--${flag} must be a positive number (got "${value}")`);
    return Math.max(1, Math.floor(n * scale));
  };
  return {
    recordBytes: number('max-record-mb', values['max-record-mb'], defaultLimits.recordBytes, 1024 * 1024),
    passagesPerDocument: number('max-passages', values['max-passages'], defaultLimits.passagesPerDocument),
    htmlDepth: number('max-html-depth', values['max-html-depth'], defaultLimits.htmlDepth),
  };
}

/** "16 MB", "512 KB" */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** The problem text of a record over the size limit. */
export function recordTooLarge(limits: ImportLimits, size: string): string {
  return `record of ${size} is over the record limit of ${formatBytes(limits.recordBytes)} (--max-record-mb)`;
}

/** The problem text of a document cut into too many passages. */
export function tooManyPassages(limits: ImportLimits, passages: number): string {
  return `document of ${passages} passages is over the limit of ${limits.passagesPerDocument} passages per document (--max-passages)`;
}
