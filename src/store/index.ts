/* Public API of the store stage: the Store interface and the embedded SQLite implementation. */
export type * from './types.ts';
export { reviewStates, roles } from './types.ts';
export { openSqliteStore, columnWeights, isBusy } from './sqlite/store.ts';
export { boardPath } from './sqlite/board-file.ts';
export type { OpenStoreOptions } from './sqlite/store.ts';
