/*
 * Imports run behind readers: the importing process lowers its CPU priority (nice) so that a server on the
 * same machine answers first while both want the cores. An otherwise idle machine still gives the import
 * every core, so an import alone is no slower.
 */
import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The nice value imports run at (0 normal, 19 lowest). */
export const importNice = 10;

/**
 * Lower this process's CPU priority to `nice`, every thread of it: Linux keeps a nice value per thread, and
 * threads started afterwards (the parsing worker) inherit their creator's. Best effort: never raises a
 * priority, and leaves it where the system does not allow the change.
 */
export function runBehindReaders(nice = importNice): void {
  let threads: number[] = [];
  try {
    threads = readdirSync('/proc/self/task').map(Number).filter(Number.isInteger);
  } catch {
    // No /proc (not Linux): the process priority is the whole process's there.
  }
  for (const id of threads.length > 0 ? threads : [0]) {
    try {
      if (getPriority(id) < nice) setPriority(id, nice);
    } catch {
      // The thread ended meanwhile, or the change is not permitted: leave it.
    }
  }
}
