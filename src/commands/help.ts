import { InvalidArgumentError } from "commander";

/** The environment variables nlmg reads, for --help and the man page. */
export const ENVIRONMENT: readonly (readonly [string, string])[] = [
  ["NLMG_DATA", "a record to open instead of the bundled one (as --data)"],
  ["NLMG_SPOILERS", "off: hide spoilers (as --no-spoilers)"],
  ["NLMG_PAGER", "the pager for long output, before PAGER; cat for none"],
  ["PAGER", "the pager when NLMG_PAGER is unset (else less -FRX)"],
  ["NO_COLOR", "any value: no colour"],
  ["FORCE_COLOR", "1, 2 or 3: colour even when piped; 0: none"],
  ["COLUMNS", "the width to wrap to, when --width is not given"],
  ["NLMG_DEBUG", "1: show the stack trace of an unexpected error"],
];

/** The exit codes, for --help and the man page. */
export const EXIT_CODES: readonly (readonly [string, string])[] = [
  ["0", "success"],
  ["1", "nothing found, no match, an invalid record or an unreadable file"],
  ["2", "a usage error: unknown command or option, bad argument, browse without a terminal"],
  ["130", "interrupted (Ctrl-C)"],
];

/** The help's closing sections: environment and exit codes. */
export function helpFooter(): string {
  const list = (rows: readonly (readonly [string, string])[]) => rows.map(([k, v]) => `  ${k.padEnd(14)} ${v}`).join("\n");
  return `\nEnvironment:\n${list(ENVIRONMENT)}\n\nExit codes:\n${list(EXIT_CODES)}\n`;
}

/** The examples a command's help leads with. */
export function examples(...lines: string[]): string {
  return `Examples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
}

/** An option argument that must be a whole number from `min` up. */
export function wholeNumber(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(`expected a whole number from ${min}, got "${value}"`);
    }
    return n;
  };
}
