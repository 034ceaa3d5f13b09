/* Shared test set-up: temporary folders, fixture paths and engines on real SQLite files. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after } from 'node:test';
import { openEvidentia } from '../src/evidentia.ts';
import type { Evidentia } from '../src/evidentia.ts';

export const fixtures = resolve(import.meta.dirname, 'fixtures');
export const fixtureLibrary = join(fixtures, 'library');
export const bundledLibrary = resolve(import.meta.dirname, '..', 'library');

/** A fresh temporary folder, removed when the test file finishes. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'evidentia-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** An engine on a new SQLite file in a temp folder, with the given library ingested. */
export async function tempEngine(libraryPath = fixtureLibrary): Promise<Evidentia> {
  const engine = await openEvidentia({ dbPath: join(tempDir(), 'evidentia.db'), libraryPath });
  after(() => engine.close());
  return engine;
}
