import type { Theme } from "../render/theme.js";

/** A choice in a menu. */
export interface Choice<V> {
  readonly name: string;
  readonly value: V;
  readonly description?: string;
}

/** The two prompts the menu uses; the inquirer ones in a terminal, driven ones in tests. */
export interface Prompts {
  select<V>(config: { message: string; choices: readonly Choice<V>[]; default?: V; pageSize?: number }): Promise<V>;
  search<V>(config: { message: string; source: (term: string | undefined) => readonly Choice<V>[]; pageSize?: number }): Promise<V>;
}

/** The prompts' styles, from nlmg's theme, so that the menu obeys the same colour decision. */
export function promptTheme(theme: Theme) {
  return {
    prefix: { idle: theme.label("?"), done: theme.label("✔") },
    style: {
      answer: theme.label,
      message: theme.name,
      error: theme.match,
      defaultAnswer: theme.dim,
      help: theme.dim,
      highlight: theme.match,
      key: theme.label,
      description: theme.dim,
      disabled: theme.dim,
      searchTerm: theme.label,
      keysHelpTip: (keys: [string, string][]) => theme.dim(keys.map(([key, action]) => `${key} ${action}`).join(" • ")),
    },
    icon: { cursor: "❯" },
  };
}

/**
 * The inquirer prompts, on the process's terminal. Escape goes back: it
 * aborts the prompt, which the menu reads as "Back".
 */
export async function inquirerPrompts(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, theme: Theme): Promise<Prompts> {
  const { select, search } = await import("@inquirer/prompts");
  const style = promptTheme(theme);
  const withEscape = async <V>(ask: (signal: AbortSignal) => Promise<V>): Promise<V> => {
    const controller = new AbortController();
    const onKey = (_: unknown, key?: { name?: string }) => {
      if (key?.name === "escape") controller.abort();
    };
    input.on("keypress", onKey);
    try {
      return await ask(controller.signal);
    } finally {
      input.off("keypress", onKey);
    }
  };
  return {
    select: (config) => withEscape((signal) => select({ ...config, choices: [...config.choices], theme: style }, { input, output, signal })),
    search: (config) => withEscape((signal) => search({ ...config, source: (term) => [...config.source(term)], theme: style }, { input, output, signal })),
  };
}
