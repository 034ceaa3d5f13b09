/*
 * `evidentia library check [PATH...] [--quiet]` validates the bundled library (--quiet lists errors only); `evidentia library stats [--json]`
 * counts it. Both read library/ beside the project root unless EVIDENTIA_LIBRARY points elsewhere.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../../retrieve/lexicon/load.ts';
import { checkLibrary, formatProblem, libraryStats } from '../../ingest/index.ts';
import { libraryRoot } from '../../config.ts';
import { EvidentiaError } from '../../errors.ts';
import type { CliIo } from '../io.ts';

export function libraryCommand(args: string[], io: CliIo): number {
  const [verb, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false }, root: { type: 'string' } },
  });
  const root = values.root ?? libraryRoot();
  if (verb === 'check') {
    const result = checkLibrary(root, positionals);
    // The lexicon is library content too: a malformed line stops the check with its file and line.
    const lexiconDir = join(root, 'lexicon');
    if (positionals.length === 0 && existsSync(lexiconDir)) io.out(`Evidentia: lexicon: ${loadLexicon(lexiconDir).size} entries`);
    const errors = result.problems.filter((p) => p.severity === 'error');
    const warnings = result.problems.filter((p) => p.severity === 'warning');
    for (const p of result.problems) {
      if (p.severity === 'error') io.err(formatProblem(p));
      else if (!values.quiet) io.out(formatProblem(p));
    }
    io.out(`Evidentia: library check: ${result.files} files, ${errors.length} errors, ${warnings.length} warnings`);
    return errors.length > 0 ? 1 : 0;
  }
  if (verb === 'stats') {
    const stats = libraryStats(checkLibrary(root).documents);
    if (values.json) io.out(JSON.stringify(stats));
    else io.out(`topics ${stats.topics}, drugs ${stats.drugs}, statements ${stats.statements}, sources ${stats.sources}`);
    return 0;
  }
  throw new EvidentiaError('USAGE', `unknown library command "${verb ?? ''}" (use: library check [PATH...] | library stats [--json])`);
}
