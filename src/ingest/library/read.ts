/*
 * Reads library files from disk: lists the Markdown files under a folder and decodes them as strict
 * UTF-8, reporting the first line with an invalid byte sequence.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MalformedInputError } from '../../errors.ts';

/** All `.md` files under the given paths (files are kept as given), sorted for stable output. */
export function listLibraryFiles(paths: string[]): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name.startsWith('.')) continue;
        const child = join(path, name);
        if (statSync(child).isDirectory()) walk(child);
        else if (name.endsWith('.md') && name !== 'README.md') files.push(child);
      }
    } else files.push(path);
  };
  for (const path of paths) walk(path);
  return files;
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
