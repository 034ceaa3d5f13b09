/*
 * Runs a streaming reader (PubMed, JSON Lines) in a worker thread and yields its events here, so that
 * parsing and SQLite indexing use both cores of a small machine. Errors cross back with file and line.
 */
import { Worker } from 'node:worker_threads';
import { EvidentiaError, MalformedInputError } from '../errors.ts';
import { contentHash, documentPassages } from './prepare.ts';
import type { IngestEvent } from './types.ts';
import type { ImportLimits } from './limits.ts';

export interface WorkerRequest {
  file: string;
  format: 'jsonl' | 'pubmed';
  limits: ImportLimits;
}

/** A skipped record as it crosses threads: error classes do not survive postMessage. */
export type PortableEvent =
  Exclude<IngestEvent, { kind: 'skip' }> | { kind: 'skip'; error: { file: string; line: number | undefined; problem: string } };

export type WorkerReply =
  | { type: 'events'; events: PortableEvent[] }
  | { type: 'done' }
  | { type: 'malformed'; file: string; line: number | undefined; problem: string }
  | { type: 'failed'; message: string };

/**
 * The worker's entry: the compiled worker.js beside this file in dist/; run from the TypeScript sources
 * (tests, benchmarks, through tsx), worker-entry.js registers tsx in the thread first.
 */
const workerEntry = new URL(import.meta.url.endsWith('.ts') ? './worker-entry.js' : './worker.js', import.meta.url);

export async function* readInWorker(request: WorkerRequest): AsyncGenerator<IngestEvent> {
  const worker = new Worker(workerEntry, { workerData: request });
  const queue: WorkerReply[] = [];
  let wake: (() => void) | undefined;
  let exited = false;
  const push = (reply: WorkerReply) => {
    queue.push(reply);
    wake?.();
    wake = undefined;
  };
  worker.on('message', push);
  worker.on('error', (err) => push({ type: 'failed', message: err.stack ?? err.message }));
  worker.on('exit', () => {
    exited = true;
    wake?.();
  });
  try {
    while (true) {
      while (queue.length === 0) {
        if (exited) throw new EvidentiaError('INTERNAL', `the parsing worker for ${request.file} stopped unexpectedly`);
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const reply = queue.shift()!;
      if (reply.type === 'done') return;
      if (reply.type === 'failed') throw new EvidentiaError('INTERNAL', `parsing ${request.file} failed: ${reply.message}`);
      if (reply.type === 'malformed') throw new MalformedInputError(reply.file, reply.line, reply.problem);
      worker.postMessage('next');
      for (const event of reply.events) yield revive(event);
    }
  } finally {
    await worker.terminate();
  }
}

/** Errors lose their class crossing threads: skips are rebuilt as MalformedInputError. */
function revive(event: PortableEvent): IngestEvent {
  if (event.kind !== 'skip') return event;
  return { kind: 'skip', error: new MalformedInputError(event.error.file, event.error.line, event.error.problem) };
}

/** The worker's side of `revive`. */
export function portable(event: IngestEvent): PortableEvent {
  if (event.kind === 'skip') return { kind: 'skip', error: event.error.toJSON() };
  if (event.kind === 'document') {
    // The passages carry the sections' text; sending the sections as well would copy it twice.
    const { document } = event;
    return {
      kind: 'document',
      document: { ...document, sections: [] },
      contentHash: contentHash(document),
      passages: documentPassages(document),
    };
  }
  return event;
}
