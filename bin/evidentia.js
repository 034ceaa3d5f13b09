#!/usr/bin/env node
// Entry point for `npx evidentia`: runs the compiled code in dist/ (`npm run build`; npm start and npm test
// build first). In a checkout that was never built, it says so rather than running stale or missing code.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('Evidentia: not built yet: run `npm run build` (or `npm start`, which builds first)\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
