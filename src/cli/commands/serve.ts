/*
 * `evidentia serve [--port 3000] [--host 127.0.0.1] [--workers N]`: opens the store (syncing the bundled
 * library), then serves the pages and the API until SIGTERM or SIGINT. With more than one worker
 * (default: one per core) node:cluster runs N server processes over the same store and port; the primary
 * syncs the library first, restarts a worker that dies, and on SIGTERM lets every worker finish the
 * requests in flight before exiting.
 */
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { EvidentiaError } from '../../errors.ts';
import { openEvidentia } from '../../evidentia.ts';
import { startServer } from '../../server/index.ts';
import type { CliIo } from '../io.ts';

export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: process.env.PORT ?? '3000' },
      host: { type: 'string', default: '127.0.0.1' },
      workers: { type: 'string', default: process.env.EVIDENTIA_WORKERS ?? String(availableParallelism()) },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new EvidentiaError('USAGE', `invalid port "${values.port}"`);
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256)
    throw new EvidentiaError('USAGE', `invalid --workers "${values.workers}" (a whole number from 1)`);
  if (cluster.isWorker) return serveWorker(port, values.host!);
  if (workers === 1) return serveAlone(port, values.host!, io);
  return servePrimary(port, values.host!, workers, io);
}

/** One process: open, serve, and on a signal finish the requests in flight and close. */
async function serveAlone(port: number, host: string, io: CliIo): Promise<number> {
  const engine = await openEvidentia({ lockWaitMs: 0 });
  const server = await startServer(engine, port, host);
  io.out(`Evidentia: serving ${url(host, server.port)} (${engine.store.counts().documents} documents)`);
  await signalled();
  await server.close();
  engine.close();
  return 0;
}

/** A cluster worker: the same, telling the primary its port through cluster's 'listening' event. */
async function serveWorker(port: number, host: string): Promise<number> {
  const engine = await openEvidentia({ lockWaitMs: 0 });
  const server = await startServer(engine, port, host);
  await signalled();
  await server.close();
  engine.close();
  // The channel to the primary would keep this process alive: leave now that every request is answered.
  process.exit(0);
}

async function servePrimary(port: number, host: string, count: number, io: CliIo): Promise<number> {
  // Migrations and the library sync run once, here, before any worker opens the store.
  const engine = await openEvidentia();
  const documents = engine.store.counts().documents;
  engine.close();

  let stopping = false;
  let boundPort = port;
  const recentDeaths: number[] = [];
  const fork = () => {
    // Workers share the primary's listening socket: port 0 gives them all the same port.
    const worker = cluster.fork();
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      const now = Date.now();
      recentDeaths.push(now);
      while (recentDeaths.length > 0 && now - recentDeaths[0]! > 60_000) recentDeaths.shift();
      io.err(
        `Evidentia: worker ${worker.process.pid} stopped (${signal ?? `exit ${code}`})${recentDeaths.length > 5 ? '; not restarting: 5 workers died within a minute' : '; starting another'}`,
      );
      if (recentDeaths.length <= 5) fork();
    });
    return worker;
  };
  const first = fork();
  boundPort = await new Promise<number>((resolve, reject) => {
    first.once('listening', (address) => resolve(address.port));
    first.once('exit', (code) =>
      reject(
        new EvidentiaError('INTERNAL', `the first server worker exited (code ${code}) before listening; run with --workers 1 to see why`),
      ),
    );
  });
  const rest = Array.from({ length: count - 1 }, fork);
  await Promise.all(rest.map((w) => new Promise((resolve) => w.once('listening', resolve))));
  io.out(`Evidentia: serving ${url(host, boundPort)} (${documents} documents, ${count} workers)`);

  await signalled();
  stopping = true;
  const alive = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined && !w.isDead());
  await Promise.all(
    alive.map(
      (w) =>
        new Promise<void>((resolve) => {
          w!.once('exit', () => resolve());
          w!.process.kill('SIGTERM');
          setTimeout(() => w!.process.kill('SIGKILL'), 15_000).unref();
        }),
    ),
  );
  return 0;
}

function signalled(): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

function url(host: string, port: number): string {
  return `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`;
}
