/* Imports the shared interchange data sets unchanged (../shared/data/docs); skipped when they are absent. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundledLibrary, tempEngine } from './helpers.ts';
import { ingestPaths } from '../src/ingest/index.ts';

const docs = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'docs');
const skip = existsSync(docs) ? false : `shared data not found at ${docs}: the shared/ folder sits beside the project root`;

test(
  'the three shared interchange files import unchanged with their documented counts, and a second import changes nothing',
  { skip },
  async () => {
    const engine = await tempEngine(bundledLibrary);
    const before = engine.store.counts().documents;
    for (const [file, count] of [
      ['ngc-guidelines.jsonl', 1416],
      ['medquad.jsonl', 5486],
      ['pubmedqa-abstracts.jsonl', 1000],
    ] as const) {
      const summary = await ingestPaths(engine.store, [join(docs, file)]);
      assert.equal(summary.added, count, `${file}: documents added`);
      assert.equal(summary.skipped, 0);
    }
    const counts = engine.store.counts();
    assert.equal(counts.documents, before + 1416 + 5486 + 1000);
    const again = await ingestPaths(engine.store, [
      join(docs, 'ngc-guidelines.jsonl'),
      join(docs, 'medquad.jsonl'),
      join(docs, 'pubmedqa-abstracts.jsonl'),
    ]);
    assert.deepEqual([again.added, again.updated, again.deleted, again.unchanged], [0, 0, 0, 7902]);
    assert.deepEqual(engine.store.counts(), counts);

    engine.refresh();
    const answer = engine.ask('How should osteoarthritis of the knee be treated?');
    assert.equal(answer.status, 'answered');
    assert.ok(
      answer.references.some(
        (r) =>
          r.type === 'guideline' &&
          /American Academy of Orthopaedic Surgeons/.test(`${r.title} ${r.source}`) &&
          /osteoarthritis of the knee/i.test(r.title),
      ),
      `references: ${answer.references.map((r) => r.title).join(' | ')}`,
    );
  },
);
