// Entry of the parsing worker thread: loads the TypeScript sources through tsx, like bin/evidentia.js.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
