/*
 * Where Evidentia keeps things: the store file and the bundled library, with their environment
 * overrides. Read at call time so tests can point them at temporary folders.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EvidentiaError } from './errors.ts';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** EVIDENTIA_DB, or ./data/evidentia.db under the current folder. */
export function databasePath(): string {
  return process.env.EVIDENTIA_DB ?? resolve('data', 'evidentia.db');
}

/** EVIDENTIA_LIBRARY, or the library/ folder shipped with the project. */
export function libraryRoot(): string {
  return process.env.EVIDENTIA_LIBRARY ?? join(projectRoot, 'library');
}

/**
 * EVIDENTIA_KEEP_ANONYMOUS_QUESTIONS: keep questions from readers who are not signed in (without any link
 * to a person, browser or address), for a deployment that reviews what is asked. Off unless set to
 * 1, true, on or yes; any other value is refused so a typo does not silently change what is stored.
 */
export function keepAnonymousQuestions(): boolean {
  const value = (process.env.EVIDENTIA_KEEP_ANONYMOUS_QUESTIONS ?? '').trim().toLowerCase();
  if (['1', 'true', 'on', 'yes'].includes(value)) return true;
  if (['', '0', 'false', 'off', 'no'].includes(value)) return false;
  throw new EvidentiaError(
    'USAGE',
    `EVIDENTIA_KEEP_ANONYMOUS_QUESTIONS must be on or off (1/0, true/false, yes/no), not "${process.env.EVIDENTIA_KEEP_ANONYMOUS_QUESTIONS}"`,
  );
}
