/*
 * `evidentia ingest PATH... [--format auto|library|jsonl|pubmed|jats|html] [--continue-on-error] [--no-wait]`:
 * loads files into the store with a progress line on a terminal and a summary at the end. Without
 * --continue-on-error a malformed file stops the import and changes nothing. One import runs at a time:
 * another waits its turn (saying which import it waits for), or with --no-wait exits 75 at once. The
 * import runs at a lower CPU priority (nice 10) than the server's workers.
 */
import { parseArgs } from 'node:util';
import { EvidentiaError } from '../../errors.ts';
import { databasePath } from '../../config.ts';
import { acquireImportLock, ingestFormats, ingestPaths, limitOptions, readLimits, runBehindReaders } from '../../ingest/index.ts';
import { openSqliteStore } from '../../store/index.ts';
import type { IngestFormat } from '../../ingest/index.ts';
import type { CliIo } from '../io.ts';

export async function ingestCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'auto' },
      'continue-on-error': { type: 'boolean', default: false },
      'no-wait': { type: 'boolean', default: false },
      ...limitOptions,
    },
  });
  if (positionals.length === 0) throw new EvidentiaError('USAGE', 'ingest needs at least one file or folder');
  if (!(ingestFormats as readonly string[]).includes(values.format!)) {
    throw new EvidentiaError('USAGE', `unknown format "${values.format}" (use ${ingestFormats.join(', ')})`);
  }
  const limits = readLimits(values);
  const dbPath = databasePath();
  const lock = await acquireImportLock(dbPath, `ingest ${positionals.join(' ')}`.slice(0, 200), {
    wait: !values['no-wait'],
    onWait: (_holder, message) => io.err(message),
  });
  // A server on the same machine answers first; the import takes what CPU is left (all of it when idle).
  runBehindReaders();
  let store;
  try {
    store = openSqliteStore(dbPath);
  } catch (err) {
    lock.release();
    throw err;
  }
  try {
    const summary = await ingestPaths(store, positionals, {
      format: values.format as IngestFormat,
      limits,
      continueOnError: values['continue-on-error'],
      onProgress: io.isTty
        ? ({ file, totalRecords, seconds }) => {
            const rate = seconds > 0 ? Math.round(totalRecords / seconds) : 0;
            process.stderr.write(`\r\x1b[K${totalRecords} records · ${rate}/s · ${seconds.toFixed(1)}s · ${file}`);
          }
        : undefined,
    });
    if (io.isTty) process.stderr.write('\r\x1b[K');
    for (const notice of summary.notices) io.err(`note: ${notice}`);
    for (const problem of summary.problems) io.err(`skipped: ${problem}`);
    io.out(
      `Evidentia: ingested ${summary.files} file(s): ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.deleted} deleted, ${summary.skipped} skipped, ${summary.passages} passages in ${summary.seconds.toFixed(2)}s${summary.reReview > 0 ? `; ${summary.reReview} approved article(s) sent back for re-review (a new guideline on their topic)` : ''}`,
    );
    return 0;
  } finally {
    store.close();
    lock.release();
  }
}
