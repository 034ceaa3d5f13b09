/*
 * `evidentia library check [PATH...] [--quiet]` validates the bundled library (--quiet lists errors only); `evidentia library stats [--json]`
 * counts it; `evidentia library stale [--older-than YEARS] [--reviewed-older-than YEARS] [--json]` lists old
 * sources and files not reviewed for a while. All read library/ beside the project root unless
 * EVIDENTIA_LIBRARY points elsewhere.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FindingReader } from '../../retrieve/concepts/findings.ts';
import { loadLexicon } from '../../retrieve/lexicon/load.ts';
import { loadVocabularyTables } from '../../retrieve/lexicon/tables.ts';
import { checkLibrary, defaultStaleness, findStale, formatProblem, libraryStats } from '../../ingest/index.ts';
import { libraryRoot } from '../../config.ts';
import { EvidentiaError } from '../../errors.ts';
import type { CliIo } from '../io.ts';

export function libraryCommand(args: string[], io: CliIo): number {
  const [verb, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      root: { type: 'string' },
      'older-than': { type: 'string' },
      'reviewed-older-than': { type: 'string' },
    },
  });
  const root = values.root ?? libraryRoot();
  if (verb === 'check') {
    const result = checkLibrary(root, positionals);
    // The lexicon is library content too: a malformed line stops the check with its file and line.
    const lexiconDir = join(root, 'lexicon');
    if (positionals.length === 0 && existsSync(lexiconDir)) {
      io.out(`Evidentia: lexicon: ${loadLexicon(lexiconDir).size} entries`);
      // (…and so are the vocabulary tables and the findings the question analysis reads.)
      loadVocabularyTables(lexiconDir);
      new FindingReader(join(lexiconDir, 'findings.tsv'));
    }
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
    else {
      const coverage = Object.entries(stats.locatorCoverage)
        .map(([type, share]) => `${type} ${share}`)
        .join(', ');
      io.out(
        `topics ${stats.topics}, drugs ${stats.drugs}, statements ${stats.statements}, sources ${stats.sources}; locator coverage: ${coverage || 'no citations'}`,
      );
    }
    return 0;
  }
  if (verb === 'stale') {
    const report = findStale(root, {
      sourceYears: years(values['older-than'], '--older-than', defaultStaleness.sourceYears),
      reviewedYears: years(values['reviewed-older-than'], '--reviewed-older-than', defaultStaleness.reviewedYears),
    });
    if (values.json) {
      io.out(JSON.stringify(report));
      return 0;
    }
    for (const s of report.sources) {
      io.out(
        `${s.file}:${s.line}: source "${s.key}" (${s.type}, ${s.dated}) is ${s.ageYears} years old; cited by ${s.citedBy} statement${s.citedBy === 1 ? '' : 's'}`,
      );
    }
    for (const f of report.files) io.out(`${f.file}:${f.line}: reviewed ${f.reviewed}, ${f.ageYears} years ago`);
    io.out(
      `Evidentia: library stale: ${report.sources.length} sources older than ${report.sourceYears} years, ${report.files.length} files reviewed more than ${report.reviewedYears} years ago`,
    );
    return 0;
  }
  throw new EvidentiaError(
    'USAGE',
    `unknown library command "${verb ?? ''}" (use: library check [PATH...] | library stats [--json] | library stale [--older-than YEARS] [--reviewed-older-than YEARS] [--json])`,
  );
}

/** A number of years from a flag: positive, fractions allowed. */
function years(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(n > 0))
    throw new EvidentiaError('USAGE', `${flag} takes a number of years greater than 0, not "${value}"`);
  return n;
}
