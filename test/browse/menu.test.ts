import { search as searchPrompt, select as selectPrompt } from "@inquirer/prompts";
import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import bundled from "../../data/never-let-me-go.json" with { type: "json" };
import type { Context } from "../../src/app.js";
import { openBook } from "../../src/book/book.js";
import type { Record } from "../../src/book/schema.js";
import type { Prompts } from "../../src/browse/prompts.js";
import { runBrowse } from "../../src/commands/browse.js";
import { decideOutput } from "../../src/output.js";
import { createTheme } from "../../src/render/theme.js";
import { fakeIO } from "../helpers.js";

/** One prompt of a scripted session: what its screen must show, then what the user does. */
interface Step {
  screen?: string | RegExp;
  type?: string;
  keys?: string[];
  /** Leave the prompt with Escape. */
  escape?: boolean;
}

/**
 * The real inquirer prompts, each rendered by @inquirer/testing and answered
 * by the next step of the script. Records every screen.
 */
function scripted(steps: Step[]): Prompts & { screens: string[]; left: () => number } {
  const screens: string[] = [];
  const drive = async <V>(prompt: typeof selectPrompt | typeof searchPrompt, config: object): Promise<V> => {
    const step = steps.shift();
    if (!step) throw new Error("the menu asked more than the script answers");
    const controller = new AbortController();
    const { answer, events, getScreen } = await render(prompt as typeof selectPrompt, config as Parameters<typeof selectPrompt>[0], { signal: controller.signal });
    if (step.type !== undefined) {
      events.type(step.type);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    screens.push(getScreen());
    if (step.screen !== undefined) expect(getScreen()).toMatch(step.screen);
    if (step.escape) controller.abort();
    for (const key of step.keys ?? []) events.keypress(key);
    return answer as Promise<V>;
  };
  return {
    select: (config) => drive(selectPrompt, { ...config, choices: [...config.choices] }),
    search: (config) => drive(searchPrompt, { ...config, source: (term: string | undefined) => [...config.source(term)] }),
    screens,
    left: () => steps.length,
  };
}

function context(hideSpoilers = false) {
  const { io, stdout } = fakeIO({ tty: true, env: { NO_COLOR: "1" } });
  const out = decideOutput({}, io);
  const record = bundled as Record;
  const ctx: Context = { io, view: { out, theme: createTheme(out) }, book: openBook(record, hideSpoilers), record, hideSpoilers, globals: { spoilers: true, pager: true } };
  return { ctx, stdout };
}

const down = (n: number) => Array.from({ length: n }, () => "down");

describe("the menu", () => {
  it("lists every section, opens a character from the list, goes back, and quits", async () => {
    const { ctx, stdout } = context();
    const prompts = scripted([
      { screen: /Book info\n {2}Story\n {2}Characters\n {2}Themes\n {2}Takeaways\n {2}Why it matters\n {2}Glossary\n {2}Search\n {2}Spoilers: shown \(switch\)\n {2}Quit/, keys: [...down(2), "enter"] },
      { screen: "Tommy — Kathy’s friend, whom she loves", keys: [...down(2), "enter"] },
      { screen: "← Back", keys: ["enter"] },
      { screen: /❯ Tommy/, escape: true },
      { screen: /❯ Characters/, keys: ["up", "up", "up", "enter"] },
    ]);
    await runBrowse(ctx, prompts);
    expect(prompts.left()).toBe(0);
    expect(stdout.text).toContain("Tommy · Kathy’s friend, whom she loves\n\nThe emotional and artistic boy who Kathy loves, whose temper masks his\nsensitivity\n");
    expect(stdout.text).toContain("Mentioned in the story");
  });

  it("shows each section as its command does", async () => {
    const { ctx, stdout } = context();
    await runBrowse(ctx, scripted([{ keys: [...down(3), "enter"] }, { keys: ["enter"] }, { keys: ["up", "up", "up", "up", "enter"] }]));
    expect(stdout.text).toContain("Main Themes\n\n• What it means to be human and have a soul\n");
  });

  it("searches as you type and shows the chosen passage with the match", async () => {
    const { ctx, stdout } = context();
    const prompts = scripted([
      { keys: ["up", "up", "up", "enter"] },
      { type: "carer", screen: /story · Part Three, passage 5\n {2}story · Part Three, passage 7\n {2}characters · Kathy H., role/, keys: ["enter"] },
      { keys: ["enter"] },
      { screen: /❯ Search/, keys: ["down", "down", "enter"] },
    ]);
    await runBrowse(ctx, prompts);
    expect(stdout.text).toContain("story · Part Three, passage 5\n\nKathy becomes a “carer” - a clone who looks after others");
  });

  it("switches spoilers off for the rest of the session", async () => {
    const { ctx, stdout } = context();
    const prompts = scripted([
      { keys: ["up", "up", "enter"] },
      { screen: "Spoilers: hidden (switch)", keys: ["up", "up", "up", "up", "up", "up", "up", "enter"] },
      { screen: /❯ Part One: Hailsham\n {2}← Back$/m, keys: ["enter"] },
      { keys: ["enter"] },
      { escape: true },
      { screen: /❯ Story/, keys: ["up", "up", "enter"] },
    ]);
    await runBrowse(ctx, prompts);
    expect(prompts.screens[2]).not.toContain("Part Two");
    expect(stdout.text).toContain("Part One: Hailsham\n\nKathy H., now thirty-one");
    expect(stdout.text).not.toMatch(/clone|dies/);
  });

  it("starts with spoilers hidden under --no-spoilers", async () => {
    const { ctx } = context(true);
    await runBrowse(ctx, scripted([{ screen: "Spoilers: hidden (switch)", keys: ["up", "enter"] }]));
  });
});
