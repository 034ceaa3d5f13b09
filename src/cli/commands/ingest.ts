/*
 * `evidentia ingest PATH... [--format auto|library|jsonl]`: loads files into the store with progress on a
 * terminal and a summary line at the end. A malformed file stops the import and changes nothing.
 */
import { parseArgs } from 'node:util';
import { EvidentiaError } from '../../errors.ts';
import { databasePath } from '../../config.ts';
import { ingestPaths } from '../../ingest/index.ts';
import { openSqliteStore } from '../../store/index.ts';
import type { IngestFormat } from '../../ingest/index.ts';
import type { CliIo } from '../io.ts';

export async function ingestCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'auto' } } });
  if (positionals.length === 0) throw new EvidentiaError('USAGE', 'ingest needs at least one file or folder');
  if (!['auto', 'library', 'jsonl'].includes(values.format!)) throw new EvidentiaError('USAGE', `unknown format "${values.format}" (use auto, library or jsonl)`);
  const store = openSqliteStore(databasePath());
  try {
    const started = performance.now();
    const summary = await ingestPaths(store, positionals, {
      format: values.format as IngestFormat,
      onProgress: io.isTty
        ? ({ file, documents, phase }) => {
            const seconds = ((performance.now() - started) / 1000).toFixed(1);
            process.stderr.write(`\r\x1b[K${phase} ${file}: ${documents} documents, ${seconds}s`);
          }
        : undefined,
    });
    if (io.isTty) process.stderr.write('\r\x1b[K');
    io.out(
      `Evidentia: ingested ${summary.files} file(s): ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.deleted} deleted, ${summary.passages} passages in ${summary.seconds.toFixed(2)}s`,
    );
    return 0;
  } finally {
    store.close();
  }
}
