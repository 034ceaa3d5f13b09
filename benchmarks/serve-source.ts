/*
 * `evidentia` run from source (`node --import tsx benchmarks/serve-source.ts serve --port 0 --workers 1`):
 * the same command line as bin/evidentia.js without needing an up-to-date dist/, so `npm run bench`
 * (which does not build) measures the server as the working tree has it.
 */
import { main } from '../src/cli/main.ts';

process.exitCode = await main(process.argv.slice(2));
