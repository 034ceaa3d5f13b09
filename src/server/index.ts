/* Public API of the server: the Hono app and a helper that serves it on a port. */
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import type { AppOptions } from './app.ts';
import type { Evidentia } from '../evidentia.ts';

export { createApp };
export type { AppOptions };
export { AttemptLimiter } from './guard.ts';

/** Serve the app; resolves once listening, with the bound port and a close function. */
export function startServer(engine: Evidentia, port: number, hostname = '127.0.0.1', options: AppOptions = {}): Promise<{ port: number; close: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: createApp(engine, options).fetch, port, hostname }, (info) => {
      resolve({ port: info.port, close: () => new Promise((done) => server.close(() => done())) });
    });
    server.on('error', reject);
  });
}
