import { Chalk } from "chalk";
import type { Output } from "../output.js";

type Paint = (text: string) => string;

/** The styles every renderer uses, at the colour level decided in output.ts. */
export interface Theme {
  readonly heading: Paint;
  readonly name: Paint;
  readonly label: Paint;
  readonly dim: Paint;
  /** A search match or a mention. */
  readonly match: Paint;
  readonly bullet: string;
}

export function createTheme(out: Output): Theme {
  const chalk = new Chalk({ level: out.color });
  return {
    // Wrapped so that a paint can be passed to map() without chalk joining its extra arguments.
    heading: (s) => chalk.bold.cyan(s),
    name: (s) => chalk.bold(s),
    label: (s) => chalk.cyan(s),
    dim: (s) => chalk.dim(s),
    match: (s) => chalk.bold.yellow(s),
    bullet: out.unicode ? "•" : "*",
  };
}
