/*
 * `evidentia token create NAME [--label TEXT]` prints a new API token for a member, once; the store keeps
 * only its hash. Requests send it as `Authorization: Bearer TOKEN`.
 */
import { parseArgs } from 'node:util';
import { databasePath } from '../../config.ts';
import { EvidentiaError } from '../../errors.ts';
import { openSqliteStore } from '../../store/index.ts';
import { createApiToken } from '../../accounts/index.ts';
import type { CliIo } from '../io.ts';

export function tokenCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { label: { type: 'string', default: 'automation' } },
  });
  const [verb, name] = positionals;
  if (verb !== 'create' || !name) throw new EvidentiaError('USAGE', 'use: evidentia token create NAME [--label TEXT]');
  const store = openSqliteStore(databasePath());
  try {
    const token = createApiToken(store, name, values.label!, {
      name: process.env.USER ? `operator:${process.env.USER}` : 'operator',
      via: 'cli',
    });
    io.out(token);
    io.err(`Evidentia: API token for ${name} printed above; it is shown only this once (the store keeps its hash)`);
    return 0;
  } finally {
    store.close();
  }
}
