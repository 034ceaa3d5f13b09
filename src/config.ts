/*
 * Where Evidentia keeps things: the store file and the bundled library, with their environment
 * overrides. Read at call time so tests can point them at temporary folders.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** EVIDENTIA_DB, or ./data/evidentia.db under the current folder. */
export function databasePath(): string {
  return process.env.EVIDENTIA_DB ?? resolve('data', 'evidentia.db');
}

/** EVIDENTIA_LIBRARY, or the library/ folder shipped with the project. */
export function libraryRoot(): string {
  return process.env.EVIDENTIA_LIBRARY ?? join(projectRoot, 'library');
}
