/*
 * The bundled library's fingerprint: size and modification time of every library file. Kept apart from the
 * readers (run.ts) so that checking whether the library changed loads no parser.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { listLibraryFiles } from './read.ts';

/** Size and modification time of every library file: changes when any file is edited, added or removed. */
export function libraryFingerprint(root: string): string {
  const h = createHash('sha256');
  for (const file of listLibraryFiles([root])) {
    const st = statSync(file);
    h.update(`${file}|${st.size}|${st.mtimeMs}\n`);
  }
  return h.digest('hex').slice(0, 32);
}
