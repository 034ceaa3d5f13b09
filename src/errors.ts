/*
 * Every error Evidentia raises on purpose: one class with a code, an HTTP status and an actionable
 * message. Messages start with the product name and name the offending value, file or line.
 */

/** Code → HTTP status. One table so every failure mode is findable in one place. */
export const errorStatus = {
  BAD_REQUEST: 400,
  /** No account: sign in, or send `Authorization: Bearer TOKEN`. */
  UNAUTHENTICATED: 401,
  /** Signed in, but the role or the workflow's separation of duties does not allow it; also a bad CSRF token. */
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  /** The article's review state (or version) does not allow the step asked for. */
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  MALFORMED_INPUT: 422,
  LIBRARY_INVALID: 422,
  STORE_VERSION: 500,
  /** Another import into the same store is running (`ingest --no-wait`). */
  IMPORT_RUNNING: 409,
  /** The store stayed locked by another writer for longer than a request may wait. */
  STORE_BUSY: 503,
  /** A record is larger, deeper or longer than an import limit allows. */
  LIMIT_EXCEEDED: 422,
  USAGE: 400,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** Exit codes of the command line other than 1: 75 (EX_TEMPFAIL) says "try again later". */
export const exitCodes: Partial<Record<ErrorCode, number>> = { IMPORT_RUNNING: 75, STORE_BUSY: 75 };

export class EvidentiaError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message.startsWith('Evidentia:') ? message : `Evidentia: ${message}`, options);
    this.name = 'EvidentiaError';
    this.code = code;
    this.status = errorStatus[code];
  }
}

/** A problem with an input file, located to the line (1-based) when the line is known. */
export class MalformedInputError extends EvidentiaError {
  readonly file: string;
  readonly line: number | undefined;
  /** The problem without its location, e.g. 'invalid JSON (...)'. */
  readonly problem: string;

  constructor(file: string, line: number | undefined, problem: string, options?: { cause?: unknown }) {
    super('MALFORMED_INPUT', `${problem} in ${line === undefined ? file : `${file}:${line}`}`, options);
    this.name = 'MalformedInputError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  /** Plain data that survives postMessage between threads. */
  toJSON(): { file: string; line: number | undefined; problem: string } {
    return { file: this.file, line: this.line, problem: this.problem };
  }
}
