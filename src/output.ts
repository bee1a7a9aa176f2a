import type { IO } from "./io.js";

/** How a command's data is shown. */
export type Form = "styled" | "plain" | "json";

/** The global flags that bear on output, as the user gave them. */
export interface OutputFlags {
  json?: boolean;
  plain?: boolean;
  /** true for --color, false for --no-color, undefined when neither was given. */
  color?: boolean;
  width?: number;
  /** false with --no-pager. */
  pager?: boolean;
}

/**
 * Every decision about how output looks, made once (in {@link decideOutput})
 * and passed to every renderer. No library decides any of it for itself.
 */
export interface Output {
  readonly form: Form;
  /** Colour level: 0 none, 1 basic, 2 256 colours, 3 true colour. */
  readonly color: 0 | 1 | 2 | 3;
  /** Columns available to tables and boxes. */
  readonly width: number;
  /** Columns prose is wrapped at, or undefined for one paragraph a line. */
  readonly measure: number | undefined;
  /** Whether box-drawing characters may be used (a UTF-8 locale). */
  readonly unicode: boolean;
  /** The pager's command line for output taller than the window, or undefined for none. */
  readonly pager: string | undefined;
  /** The window's height in lines, when stdout is a terminal. */
  readonly height: number | undefined;
}

/** Prose is capped near 100 columns however wide the window. */
export const MAX_MEASURE = 100;
const DEFAULT_WIDTH = 80;

export function decideOutput(flags: OutputFlags, io: IO): Output {
  const form: Form = flags.json ? "json" : flags.plain || !io.stdout.isTTY ? "plain" : "styled";
  const width = flags.width ?? positiveInt(io.env.COLUMNS) ?? positiveInt(io.stdout.columns) ?? DEFAULT_WIDTH;
  let measure: number | undefined;
  if (form === "styled") measure = Math.min(width, MAX_MEASURE);
  else if (form === "plain" && flags.width !== undefined) measure = flags.width;
  return {
    form,
    color: form === "json" ? 0 : decideColor(flags.color, io),
    width,
    measure,
    unicode: isUtf8Locale(io.env),
    // Styled output only ever goes to a terminal.
    pager: form === "styled" && flags.pager !== false ? decidePager(io.env) : undefined,
    height: io.stdout.isTTY ? positiveInt(io.stdout.rows) : undefined,
  };
}

/** NLMG_PAGER, else PAGER, else less; "cat" or an empty one means none, as git has it. */
function decidePager(env: IO["env"]): string | undefined {
  const pager = (env.NLMG_PAGER ?? env.PAGER ?? "less -FRX").trim();
  return pager && pager !== "cat" ? pager : undefined;
}

function decideColor(flag: boolean | undefined, io: IO): Output["color"] {
  const { env } = io;
  const forced = forceLevel(env.FORCE_COLOR);
  if (flag === false) return 0;
  if (flag === true) return forced || terminalLevel(env);
  if (env.NO_COLOR) return 0;
  if (forced !== undefined) return forced;
  if (env.TERM === "dumb" || !io.stdout.isTTY) return 0;
  return terminalLevel(env);
}

/** FORCE_COLOR: 0 or false turns colour off, 1..3 picks a level, true is 1; empty is unset. */
function forceLevel(value: string | undefined): Output["color"] | undefined {
  if (!value) return undefined;
  if (value === "true") return 1;
  if (value === "false") return 0;
  const n = Number(value);
  return n === 0 || n === 1 || n === 2 || n === 3 ? n : undefined;
}

function terminalLevel(env: IO["env"]): 1 | 2 | 3 {
  if (env.COLORTERM === "truecolor" || env.COLORTERM === "24bit") return 3;
  if (env.TERM?.includes("256")) return 2;
  return 1;
}

function positiveInt(value: string | number | undefined): number | undefined {
  const n = typeof value === "string" ? Number(value) : value;
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

function isUtf8Locale(env: IO["env"]): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  return locale === undefined || /utf-?8/i.test(locale);
}
