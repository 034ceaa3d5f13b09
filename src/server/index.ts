/*
 * Public API of the server: the Hono app and a helper that serves it on a port. A request that finds the
 * store locked by another writer (another worker saving an article, a CLI command) is retried here,
 * off the event loop, with growing pauses, and only after `busyRetryMs` answered 503 — never a 500, and
 * no SQLite call in the app ever waits for a lock (the server opens the store with a lock wait of 0).
 */
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import type { AppOptions } from './app.ts';
import type { Evidentia } from '../evidentia.ts';

export { createApp };
export type { AppOptions };
export { AttemptLimiter } from './guard.ts';
export { busyHeader } from './app.ts';
import { busyHeader } from './app.ts';

export interface ServeOptions extends AppOptions {
  /** How long a request may be retried while the store is locked by another writer (default 10 s). */
  busyRetryMs?: number;
  /** How long shutting down waits for requests in flight before closing their connections (default 10 s). */
  drainMs?: number;
}

export interface RunningServer {
  port: number;
  /** Stop accepting connections, let requests in flight finish (up to `drainMs`), then resolve. */
  close: () => Promise<void>;
}

/** Serve the app; resolves once listening, with the bound port and a close function. */
export function startServer(engine: Evidentia, port: number, hostname = '127.0.0.1', options: ServeOptions = {}): Promise<RunningServer> {
  const app = createApp(engine, options);
  const fetch = retryingBusy(app.fetch, options.busyRetryMs ?? 10_000);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname }, (info) => {
      resolve({
        port: info.port,
        close: () =>
          new Promise((done) => {
            const force = setTimeout(
              () => (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.(),
              options.drainMs ?? 10_000,
            );
            force.unref();
            server.close(() => {
              clearTimeout(force);
              done();
            });
            (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
          }),
      });
    });
    server.on('error', reject);
  });
}

type Fetch = (request: Request, env?: unknown) => Response | Promise<Response>;

/**
 * Run the app again when it answered "store busy" (its error handler marks such 503s), after a pause that
 * grows from 5 ms to 250 ms, until `budgetMs` is spent. A request with a body is replayed from a copy.
 */
function retryingBusy(fetch: Fetch, budgetMs: number): Fetch {
  return async (request, env) => {
    const started = Date.now();
    const replayable = request.method === 'GET' || request.method === 'HEAD';
    let spare = replayable ? undefined : request.clone();
    let response = await fetch(request, env);
    for (let pause = 5; response.headers.has(busyHeader) && Date.now() - started + pause < budgetMs; pause = Math.min(pause * 2, 250)) {
      await new Promise((resolve) => setTimeout(resolve, pause));
      let again = request;
      if (!replayable) {
        again = spare!;
        spare = again.clone();
      }
      response = await fetch(again, env);
    }
    if (response.headers.has(busyHeader)) {
      const headers = new Headers(response.headers);
      headers.delete(busyHeader);
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
    }
    return response;
  };
}
