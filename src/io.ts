/** A stream nlmg writes to: the process's own, or a buffer in tests. */
export interface OutStream {
  write(text: string): unknown;
  /** True when the stream is a terminal. */
  readonly isTTY?: boolean;
  /** The terminal's width, when it is one. */
  readonly columns?: number;
  /** The terminal's height, when it is one. */
  readonly rows?: number;
  /** The stream itself, for the menu's prompts and the pager; absent in tests. */
  readonly stream?: NodeJS.WritableStream;
}

/**
 * Every fact about the process that nlmg reads: streams, environment, the
 * working directory. Built once in cli.ts from the real process; tests build
 * their own.
 */
export interface IO {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  /** Standard input: whether it is a terminal, and its stream for the menu and `import -`. */
  readonly stdin: { readonly isTTY?: boolean; readonly stream: NodeJS.ReadableStream };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The directory relative paths are read from. */
  readonly cwd: string;
}
