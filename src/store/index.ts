/* Public API of the store stage: the Store interface and the embedded SQLite implementation. */
export type * from './types.ts';
export { reviewStates, roles } from './types.ts';
export { openSqliteStore, columnWeights } from './sqlite/store.ts';
