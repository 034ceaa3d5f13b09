/*
 * Every library topic answers a management question for itself, end to end (issue 15): answered, every
 * statement cited, and the article about that topic. Generated from library/topics, so a new topic is
 * covered the day it is added.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledLibrary, tempEngine } from './helpers.ts';
import { assertCitationContract } from './contract.ts';

const engine = await tempEngine(bundledLibrary);
const topics = engine.store.libraryNames().filter((n) => n.kind === 'topic' && n.role === 'name' && n.name === n.title);

test('every library topic answers "What is the management of TOPIC?" from its own article', () => {
  assert.ok(topics.length >= 60, `${topics.length} topics`);
  const wrong: string[] = [];
  for (const t of topics) {
    const a = engine.ask(`What is the management of ${t.title}?`, 'clinician', { save: false });
    if (a.status !== 'answered' || a.focus?.id !== t.documentId) {
      wrong.push(`${t.title}: ${a.status} → ${a.focus?.title ?? a.title}`);
      continue;
    }
    assertCitationContract(a);
  }
  assert.deepEqual(wrong, []);
});
