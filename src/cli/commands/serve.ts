/*
 * `evidentia serve [--port 3000] [--host 127.0.0.1]`: opens the store (syncing the bundled library), then serves
 * the pages and the API until interrupted.
 */
import { parseArgs } from 'node:util';
import { EvidentiaError } from '../../errors.ts';
import { openEvidentia } from '../../evidentia.ts';
import { startServer } from '../../server/index.ts';
import type { CliIo } from '../io.ts';

export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: 'string', default: process.env.PORT ?? '3000' }, host: { type: 'string', default: '127.0.0.1' } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new EvidentiaError('USAGE', `invalid port "${values.port}"`);
  const engine = await openEvidentia();
  const server = await startServer(engine, port, values.host);
  io.out(`Evidentia: serving http://${values.host === '127.0.0.1' ? 'localhost' : values.host}:${server.port} (${engine.store.counts().documents} documents)`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  engine.close();
  return 0;
}
