/*
 * Reads library files from disk: lists the Markdown files under a folder and decodes them as strict
 * UTF-8, reporting the first line with an invalid byte sequence.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MalformedInputError } from '../../errors.ts';

/** Every file under a folder, sorted for stable output; hidden files and folder READMEs are skipped. */
export function filesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name === 'README.md') continue;
    const child = join(dir, name);
    if (statSync(child).isDirectory()) files.push(...filesUnder(child));
    else files.push(child);
  }
  return files;
}

/** All `.md` files under the given paths (files are kept as given), sorted for stable output. */
export function listLibraryFiles(paths: string[]): string[] {
  return paths.flatMap((path) => (statSync(path).isDirectory() ? filesUnder(path).filter((f) => f.endsWith('.md')) : [path]));
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode a file as UTF-8, or throw naming the file and the line of the first invalid byte. */
export function readUtf8(file: string): string {
  const bytes = readFileSync(file);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          strictUtf8.decode(bytes.subarray(start, i));
        } catch {
          throw new MalformedInputError(file, line, 'text is not valid UTF-8');
        }
        line++;
        start = i + 1;
      }
    }
    throw new MalformedInputError(file, undefined, 'text is not valid UTF-8');
  }
}
