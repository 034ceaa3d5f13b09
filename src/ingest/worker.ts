/*
 * The parsing worker: reads one file with its format's reader and posts events to the importing thread
 * in batches, pausing while too many batches wait unread, so parsing runs on one core while SQLite
 * writes on the other without memory growing unbounded.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { MalformedInputError } from '../errors.ts';
import { readInterchangeFile } from './jsonl.ts';
import { readPubmedFile } from './pubmed.ts';
import type { IngestReader } from './types.ts';
import { portable } from './parallel.ts';
import { tooManyPassages } from './limits.ts';
import type { PortableEvent, WorkerReply, WorkerRequest } from './parallel.ts';

const streamingReaders: Record<WorkerRequest['format'], IngestReader> = { jsonl: readInterchangeFile, pubmed: readPubmedFile };
const batchSize = 250;
const maxBatchesInFlight = 8;

const port = parentPort!;
const { file, format, limits } = workerData as WorkerRequest;
let inFlight = 0;
let resume: (() => void) | undefined;
port.on('message', () => {
  inFlight--;
  resume?.();
  resume = undefined;
});

const post = async (reply: WorkerReply) => {
  if (reply.type === 'events') {
    inFlight++;
    while (inFlight > maxBatchesInFlight) await new Promise<void>((r) => (resume = r));
  }
  port.postMessage(reply);
};

try {
  let batch: PortableEvent[] = [];
  for await (const event of streamingReaders[format](file, limits)) {
    const ready = portable(event);
    // A document cut into more passages than allowed is skipped here, before its passages cross threads.
    if (ready.kind === 'document' && ready.passages && ready.passages.length > limits.passagesPerDocument) {
      const at = /^(.*):(\d+)$/.exec(ready.document.origin);
      batch.push({
        kind: 'skip',
        error: {
          file: at ? at[1]! : ready.document.origin,
          line: at ? Number(at[2]) : undefined,
          problem: tooManyPassages(limits, ready.passages.length),
        },
      });
    } else batch.push(ready);
    if (batch.length >= batchSize) {
      await post({ type: 'events', events: batch });
      batch = [];
    }
  }
  if (batch.length > 0) await post({ type: 'events', events: batch });
  await post({ type: 'done' });
} catch (err) {
  if (err instanceof MalformedInputError) await post({ type: 'malformed', ...err.toJSON() });
  else await post({ type: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
}
port.close();
