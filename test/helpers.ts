import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { run } from "../src/cli.js";
import type { IO, OutStream } from "../src/io.js";

/** The repository's root and the built CLI. */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BIN = `${ROOT}bin/nlmg.js`;
export const fixture = (name: string): string => `${ROOT}test/fixtures/${name}`;

/** A stream that keeps what is written, posing as a terminal or not. */
export class Buffered implements OutStream {
  text = "";
  constructor(
    readonly isTTY = false,
    readonly columns?: number,
    readonly rows?: number,
  ) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

export interface FakeOptions {
  /** stdout (and stderr) are terminals. */
  tty?: boolean;
  /** stdin is a terminal. */
  stdinTTY?: boolean;
  columns?: number;
  rows?: number;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

/** The test twin of the process's IO: buffers for streams, an environment of our own. */
export function fakeIO(options: FakeOptions = {}): { io: IO; stdout: Buffered; stderr: Buffered } {
  const stdout = new Buffered(options.tty ?? false, options.tty ? (options.columns ?? 80) : undefined, options.tty ? (options.rows ?? 1000) : undefined);
  const stderr = new Buffered(options.tty ?? false);
  const stdin = { isTTY: options.stdinTTY ?? false, stream: new PassThrough() };
  const io: IO = { stdout, stderr, stdin, env: { ...(options.env ?? {}) }, cwd: options.cwd ?? ROOT };
  return { io, stdout, stderr };
}

/** Runs nlmg in-process through the real commander program. */
export async function nlmg(args: string[], options: FakeOptions = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const { io, stdout, stderr } = fakeIO(options);
  const code = await run(args, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Escape codes made visible, so that a styled rendering reads in a test. */
// eslint-disable-next-line no-control-regex
export const visible = (text: string): string => text.replace(/\x1b\[(\d+(?:;\d+)*)m/g, "<$1>");

/** The test process's environment without the variables that steer nlmg, for spawned runs. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: "C.UTF-8" };
  for (const name of ["NO_COLOR", "FORCE_COLOR", "COLUMNS", "NLMG_DATA", "NLMG_SPOILERS", "NLMG_DEBUG", "NLMG_PAGER", "PAGER"]) delete env[name];
  return { ...env, ...extra };
}
