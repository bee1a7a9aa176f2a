import { Command, CommanderError, Option } from "commander";
import { App } from "./app.js";
import { charactersCommand } from "./commands/characters.js";
import { glossaryCommand } from "./commands/glossary.js";
import { examples, helpFooter, wholeNumber } from "./commands/help.js";
import { infoCommand } from "./commands/info.js";
import { searchCommand } from "./commands/search.js";
import { significanceCommand, takeawaysCommand, themesCommand } from "./commands/sections.js";
import { storyCommand } from "./commands/story.js";
import { browseCommand, runBrowse } from "./commands/browse.js";
import { completionCommand } from "./commands/completion.js";
import { exportCommand } from "./commands/export.js";
import { importCommand } from "./commands/import.js";
import { validateCommand } from "./commands/validate.js";
import { suggest } from "./book/lookup.js";
import { CancelledError, ExitCode, NlmgError, RecordError, UsageError } from "./errors.js";
import type { IO, OutStream } from "./io.js";
import { manPage } from "./man.js";
import { fstatSync, writeSync } from "node:fs";

declare const NLMG_VERSION: string;
const VERSION = typeof NLMG_VERSION === "string" ? NLMG_VERSION : "0.0.0-dev";

/** The commander program: global options and every command. */
export function buildProgram(app: App): Command {
  const { io } = app;
  const program = new Command("nlmg")
    // Set before any command is added: subcommands copy it when they are added.
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.replace(/^error: /, "nlmg: ")),
      getOutHelpWidth: () => Math.min(100, Number(io.env.COLUMNS) || io.stdout.columns || 80),
      getErrHelpWidth: () => Math.min(100, Number(io.env.COLUMNS) || io.stderr.columns || 80),
    })
    .description("A terminal viewer for book summaries; Never Let Me Go (Kazuo Ishiguro, 2005) is built in.")
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    // Said outright: commander leaves out its help command when the program has an action of its own.
    .helpCommand("help [command]", "show help for a command")
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true })
    .option("--json", "print the data as JSON")
    .option("--plain", "plain text, as when piped: no colour, no borders")
    .option("--color", "colour even when piped")
    .option("--no-color", "no colour")
    .addOption(new Option("--width <cols>", "wrap to COLS columns").argParser(wholeNumber(1)))
    .addOption(new Option("--data <file>", "open this record instead of the bundled one (also NLMG_DATA)"))
    .option("--no-spoilers", "hide every item marked as a spoiler (also NLMG_SPOILERS=off)")
    .option("--no-pager", "never page long output")
    .addHelpText(
      "before",
      examples("nlmg characters", "nlmg characters tommy", "nlmg themes | fzf", "nlmg search carer | head -3", "nlmg --no-spoilers story"),
    )
    .addHelpText("after", helpFooter());
  const commands = [
    infoCommand, storyCommand, charactersCommand, themesCommand, takeawaysCommand, significanceCommand, glossaryCommand, searchCommand,
    browseCommand, exportCommand, importCommand, validateCommand,
  ];
  for (const build of commands) {
    // addCommand does not pass on exitOverride and the output settings as .command() does.
    program.addCommand(build(app).copyInheritedSettings(program).addHelpText("after", helpFooter()));
  }
  const [completion, candidates] = completionCommand(app, program);
  program.addCommand(completion!.copyInheritedSettings(program).addHelpText("after", helpFooter()));
  program.addCommand(candidates!.copyInheritedSettings(program), { hidden: true });
  program.allowExcessArguments(true).action(async (_options, cmd: Command) => {
    const [first] = cmd.args;
    if (first === undefined) return runBrowse(await app.context(cmd));
    const names = program.commands.filter((c) => !c.name().startsWith("_")).flatMap((c) => [c.name(), ...c.aliases()]);
    const near = suggest(first, names);
    throw new UsageError(`unknown command '${first}'`, near ? `did you mean ${near}?` : "see nlmg --help");
  });
  return program;
}

/** The man page, from the same program as --help (written to man/nlmg.1 by the build). */
export function manual(): string {
  const quiet = { write: () => true };
  const stdin = { isTTY: false, get stream() { return process.stdin; } };
  return manPage(buildProgram(new App({ stdout: quiet, stderr: quiet, stdin, env: {}, cwd: "." })), VERSION);
}

/** Runs nlmg on argv (without node and script) and returns the exit code. Never throws. */
export async function run(argv: readonly string[], io: IO): Promise<number> {
  const app = new App(io);
  try {
    await buildProgram(app).parseAsync([...argv], { from: "user" });
    return ExitCode.ok;
  } catch (error) {
    return report(error, io);
  }
}

/** The one place an error becomes a message and an exit code. */
function report(error: unknown, io: IO): number {
  if (error instanceof CommanderError) {
    // Commander has already written its message; help and version exit 0.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof CancelledError) return error.exitCode;
  if (error instanceof NlmgError) {
    io.stderr.write(`nlmg: ${error.message}\n`);
    if (error instanceof RecordError) for (const p of error.problems) io.stderr.write(`  ${p}\n`);
    if (error.hint) io.stderr.write(`${error.hint}\n`);
    return error.exitCode;
  }
  io.stderr.write(`nlmg: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (io.env.NLMG_DEBUG === "1" && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  else io.stderr.write("This is a bug in nlmg; please report it with NLMG_DEBUG=1 set to show where it happened.\n");
  return ExitCode.failure;
}

/**
 * Whether a file descriptor is a terminal. fstat answers first for pipes and
 * files, so that a piped command does not load tty (and net) at all.
 */
function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return process.getBuiltinModule("node:tty").isatty(fd);
}

/**
 * Writes all of a text to a file descriptor, synchronously: nothing is lost
 * when the process ends, and a piped command never builds process.stdout.
 */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(fd, bytes, at);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A reader that stops early (`nlmg story | head -1`) is no error.
      if (code === "EPIPE") process.exit(ExitCode.ok);
      if (code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}

/** One of the process's output streams; its size is read from the terminal only when asked. */
function processStream(fd: 1 | 2): OutStream {
  const isTTY = isTerminal(fd);
  const tty = () => (fd === 1 ? process.stdout : process.stderr);
  return {
    isTTY,
    get columns() {
      return isTTY ? tty().columns : undefined;
    },
    get rows() {
      return isTTY ? tty().rows : undefined;
    },
    get stream() {
      return tty();
    },
    write: (text: string) => writeAll(fd, text),
  };
}

/** Runs nlmg on the process's own arguments, streams and environment. */
export async function main(): Promise<void> {
  let stdinTTY: boolean | undefined;
  const io: IO = {
    stdout: processStream(1),
    stderr: processStream(2),
    stdin: {
      get isTTY() {
        return (stdinTTY ??= isTerminal(0));
      },
      get stream() {
        return process.stdin;
      },
    },
    env: process.env,
    cwd: process.cwd(),
  };
  process.exitCode = await run(process.argv.slice(2), io);
}
