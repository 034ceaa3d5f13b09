/*
 * Runs one `evidentia` command in this process and reports its peak memory on the last line of stderr
 * (`maxRSS KB`, from process.resourceUsage(): every thread of the process), for tests that bound it.
 */
import { main } from '../src/cli/main.ts';

const code = await main(process.argv.slice(2));
process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
