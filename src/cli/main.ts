/*
 * The `evidentia` command line: dispatches to one module per command and turns errors into a message
 * on stderr and a non-zero exit code.
 */
import { EvidentiaError, exitCodes } from '../errors.ts';
import { isBusy } from '../store/index.ts';
import { processIo } from './io.ts';
import type { CliIo } from './io.ts';

const usage = `Usage:
  evidentia ask "QUESTION" [--audience clinician|nurse-pharmacist|student|patient|caregiver] [--format markdown|json|html]
  evidentia ingest PATH... [--format auto|library|jsonl|pubmed|jats|html] [--continue-on-error] [--no-wait]
      [--max-record-mb 16] [--max-passages 5000] [--max-html-depth 256]
  evidentia stats [--json]
  evidentia review [--state submitted|under_review|changes_requested|approved|needs_re_review] [--specialty S]
  evidentia review SLUG --to under_review|approved|changes_requested|submitted --as NAME [--comment TEXT]
  evidentia user add NAME --role reader|editor|reviewer|admin [--role ...] [--display-name N] [--credentials C] [--specialty S]
      (the password is read from a prompt or stdin, never from the command line)
  evidentia user list
  evidentia user disable|enable NAME
  evidentia token create NAME [--label TEXT]
  evidentia serve [--port 3000] [--host 127.0.0.1] [--workers N (default: one per core)]
  evidentia library check [PATH...] [--quiet]
  evidentia library stats [--json]
  evidentia eval answers --questions FILE [--import PATH...] [--json OUT] [--quiet]
  evidentia eval retrieval --beir DIR [--queries FILE] [--qrels FILE] [--baseline] [--compare] [--without COMPONENT,...] [--json OUT]
Environment: EVIDENTIA_DB (default ./data/evidentia.db)`;

type Command = (args: string[], io: CliIo) => number | Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  library: async () => (await import('./commands/library.ts')).libraryCommand,
  ask: async () => (await import('./commands/ask.ts')).askCommand,
  ingest: async () => (await import('./commands/ingest.ts')).ingestCommand,
  serve: async () => (await import('./commands/serve.ts')).serveCommand,
  review: async () => (await import('./commands/review.ts')).reviewCommand,
  user: async () => (await import('./commands/user.ts')).userCommand,
  token: async () => (await import('./commands/token.ts')).tokenCommand,
  stats: async () => (await import('./commands/stats.ts')).statsCommand,
  eval: async () => (await import('./commands/eval.ts')).evalCommand,
};

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage);
    return name ? 0 : 1;
  }
  const load = commands[name];
  if (!load) {
    io.err(`Evidentia: unknown command "${name}"\n${usage}`);
    return 2;
  }
  try {
    return await (
      await load()
    )(args, io);
  } catch (err) {
    if (err instanceof EvidentiaError) {
      io.err(err.message);
      return exitCodes[err.code] ?? 1;
    }
    if (isBusy(err)) {
      io.err('Evidentia: the store is locked by another process writing to it; try again in a moment');
      return 75;
    }
    if (err instanceof TypeError && (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      io.err(`Evidentia: ${err.message}\n${usage}`);
    else io.err(`Evidentia: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return 1;
  }
}
