import { InvalidArgumentError } from "commander";

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
