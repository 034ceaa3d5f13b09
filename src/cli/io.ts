/* Where CLI commands write: stdout and stderr, swappable so tests can run commands in process. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** True when progress bars may redraw a line. */
  isTty: boolean;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  isTty: Boolean(process.stderr.isTTY),
};
