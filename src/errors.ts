/** Exit codes, as PRODUCT.md gives them. */
export const ExitCode = {
  ok: 0,
  notFound: 1,
  /** An unexpected error: a bug. */
  failure: 1,
  usage: 2,
  interrupted: 130,
} as const;

/** An error the user caused or can act on: its message is shown, never its stack. */
export class NlmgError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    /** A line shown after the message: a suggestion or the next thing to try. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A bad command line: unknown command or option, a bad argument. Exit 2. */
export class UsageError extends NlmgError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.usage, hint);
  }
}

/** Nothing matched: no character, no term, no search result. Exit 1. */
export class NotFoundError extends NlmgError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.notFound, hint);
  }
}

/** A file that cannot be read, or a record that is not valid. Exit 1. */
export class RecordError extends NlmgError {
  constructor(
    message: string,
    /** Each problem on a line of its own, with its place. */
    readonly problems: readonly string[] = [],
  ) {
    super(message, ExitCode.notFound);
  }
}

/** The user pressed Ctrl-C. Exit 130. */
export class CancelledError extends NlmgError {
  constructor() {
    super("cancelled", ExitCode.interrupted);
  }
}
