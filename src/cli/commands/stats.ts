/* `evidentia stats [--json]`: the store's counts of documents, passages, sources by type, and articles. */
import { parseArgs } from 'node:util';
import { databasePath } from '../../config.ts';
import { openSqliteStore } from '../../store/index.ts';
import type { CliIo } from '../io.ts';

export function statsCommand(args: string[], io: CliIo): number {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false } } });
  const store = openSqliteStore(databasePath());
  try {
    const counts = store.counts();
    if (values.json) io.out(JSON.stringify(counts));
    else {
      io.out(`documents ${counts.documents}, passages ${counts.passages}, sources ${counts.sources}, articles ${counts.articles}`);
      for (const [type, n] of Object.entries(counts.byType)) io.out(`  ${type}: ${n}`);
    }
    return 0;
  } finally {
    store.close();
  }
}
