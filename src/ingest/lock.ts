/*
 * One import at a time per store. The importing process holds a lock file beside the store
 * (`evidentia.db.import-lock`) naming itself: its pid, what it imports and since when. Another import
 * waits its turn, saying which one it waits for, or (without waiting) is refused with that name. A lock
 * left by a process that died (kill -9) is taken over. The corpus file's SQLite write lock stays the
 * backstop: two writers can never interleave even if the file were removed by hand.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { EvidentiaError } from '../errors.ts';

/** Who holds the import lock. */
export interface ImportHolder {
  pid: number;
  host: string;
  /** ISO time the import started. */
  since: string;
  /** What it imports, e.g. "ingest medquad.jsonl". */
  what: string;
}

export interface ImportLockOptions {
  /** Wait for a running import to finish (true) or refuse at once with IMPORT_RUNNING (false). */
  wait: boolean;
  /** Called once when this import starts waiting, with the holder it waits for. */
  onWait?: (holder: ImportHolder, message: string) => void;
  /** How often to look again while waiting (ms). */
  pollMs?: number;
}

export interface ImportLock {
  release(): void;
}

/** The lock file of the store at `dbPath`. */
export function importLockPath(dbPath: string): string {
  return `${dbPath}.import-lock`;
}

/** "pid 1234 on host, since 14:57:02: ingest medquad.jsonl" */
export function describeHolder(holder: ImportHolder): string {
  const since = holder.since.replace(/^.*T(\d\d:\d\d:\d\d).*$/, '$1');
  return `pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, since ${since} UTC: ${holder.what}`;
}

/** Take the store's import lock, waiting for (or refusing because of) an import already running. */
export async function acquireImportLock(dbPath: string, what: string, options: ImportLockOptions): Promise<ImportLock> {
  if (dbPath === ':memory:') return { release() {} };
  const path = importLockPath(dbPath);
  const me: ImportHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), what };
  let told = false;
  for (;;) {
    if (tryCreate(path, me)) break;
    const holder = readHolder(path);
    if (holder === undefined) continue; // released (or being replaced) between our attempt and the read
    if (!alive(holder)) {
      takeOverStale(path, holder);
      continue;
    }
    const message = `another import is running (${describeHolder(holder)})`;
    if (!options.wait)
      throw new EvidentiaError('IMPORT_RUNNING', `${message}; try again when it has finished, or leave out --no-wait to wait for it`);
    if (!told) {
      told = true;
      options.onWait?.(holder, `Evidentia: waiting for ${message} to finish`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    const holder = readHolder(path);
    if (holder && holder.pid === me.pid && holder.since === me.since) rmSync(path, { force: true });
  };
  process.on('exit', release);
  return { release };
}

function tryCreate(path: string, holder: ImportHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new EvidentiaError('USAGE', `cannot create the import lock ${path}: ${(err as Error).message}`);
  }
  try {
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  return true;
}

function readHolder(path: string): ImportHolder | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as ImportHolder;
  } catch {
    // Being written this instant, or torn by a crash: a holder of unknown pid that never answers.
    return { pid: 0, host: hostname(), since: new Date(0).toISOString(), what: 'an unreadable lock' };
  }
}

function alive(holder: ImportHolder): boolean {
  if (holder.host !== hostname()) return true; // cannot tell for another machine: assume it runs
  if (holder.pid <= 0) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Move a dead holder's lock aside, atomically; if another process took it over first, leave theirs. */
function takeOverStale(path: string, stale: ImportHolder): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  const moved = readHolder(aside);
  if (moved && (moved.pid !== stale.pid || moved.since !== stale.since)) {
    // We moved a live lock someone created after the stale one vanished: put it back if we can.
    try {
      renameSync(aside, path);
      return;
    } catch {
      /* fall through */
    }
  }
  rmSync(aside, { force: true });
}
