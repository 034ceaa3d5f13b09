/* An import lowers the CPU priority of every thread of its process, and the parsing worker it starts after inherits it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const priority = resolve(import.meta.dirname, 'priority.ts');

test(
  'runBehindReaders sets nice 10 on every thread, and a worker started afterwards runs at it too',
  { skip: !existsSync('/proc/self/task') },
  () => {
    const script = `
    import { readdirSync, readFileSync } from 'node:fs';
    import { Worker } from 'node:worker_threads';
    import { runBehindReaders } from ${JSON.stringify(priority)};
    const nices = () => readdirSync('/proc/self/task').map((t) => Number(readFileSync('/proc/self/task/' + t + '/stat', 'utf8').split(') ')[1].split(' ')[16]));
    runBehindReaders();
    const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
    worker.once('online', () => { console.log(JSON.stringify(nices())); worker.terminate(); });
  `;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    const nices = JSON.parse(out) as number[];
    assert.ok(nices.length > 2, out);
    assert.ok(
      nices.every((n) => n >= 10),
      out,
    );
  },
);
