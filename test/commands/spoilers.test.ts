import { describe, expect, it } from "vitest";
import bundled from "../../data/never-let-me-go.json" with { type: "json" };
import { nlmg } from "../helpers.js";

const FORMS = [[], ["--json"], ["--color"], ["--width", "30"]];
const TTY = [false, true];

/** Every command, with every name and term the record has, and searches that would find the twists. */
const COMMANDS = [
  ["info"],
  ["story"],
  ["story", "--part", "3"],
  ["characters"],
  ...bundled.characters.map((c) => ["characters", c.name]),
  ["themes"],
  ["takeaways"],
  ["significance"],
  ["glossary"],
  ...bundled.glossary.map((t) => ["glossary", t.term]),
  ["search", "clone"],
  ["search", "dies"],
  ["search", "never real"],
  ["search", "Hailsham"],
  ["search", "e"],
];

describe("--no-spoilers", () => {
  it("lets no twist through any command, in any form", async () => {
    let runs = 0;
    for (const command of COMMANDS) {
      for (const form of FORMS) {
        for (const tty of TTY) {
          const { stdout } = await nlmg(["--no-spoilers", ...command, ...form], { tty });
          for (const word of [/clone/i, /never real/i, /dies/i]) expect(stdout, `${command.join(" ")} ${form.join(" ")}`).not.toMatch(word);
          runs++;
        }
      }
    }
    expect(runs).toBe(COMMANDS.length * FORMS.length * TTY.length);
  });

  it("gives the premise of the story and nothing more, and says what it hid", async () => {
    const { code, stdout, stderr } = await nlmg(["--no-spoilers", "story"]);
    expect(code).toBe(0);
    expect(stdout).toBe(`Part One: Hailsham\n\n${bundled.story[0]!.text}\n`);
    expect(stderr).toBe("nlmg: 6 spoilers hidden; run without --no-spoilers to show them\n");
  });

  it("is also turned on by NLMG_SPOILERS=off, and says how to undo it", async () => {
    const { stdout, stderr } = await nlmg(["story"], { env: { NLMG_SPOILERS: "off" } });
    expect(stdout).toBe((await nlmg(["--no-spoilers", "story"])).stdout);
    expect(stderr).toBe("nlmg: 6 spoilers hidden; unset NLMG_SPOILERS to show them\n");
  });

  it("keeps every character but hides the descriptions that give a twist away", async () => {
    const { stdout, stderr } = await nlmg(["--no-spoilers", "characters", "--json"]);
    const characters = JSON.parse(stdout) as { name: string; description?: string }[];
    expect(characters.map((c) => [c.name, c.description !== undefined])).toEqual([
      ["Kathy H.", true],
      ["Ruth", false],
      ["Tommy", true],
      ["Miss Emily", false],
      ["Madame", false],
    ]);
    expect(stderr).toBe("nlmg: 3 spoilers hidden; run without --no-spoilers to show them\n");
    const styled = (await nlmg(["--no-spoilers", "characters", "--no-color"], { tty: true })).stdout;
    expect(styled).toContain("(hidden: a spoiler)");
  });

  it("leaves the spoiler-free sections whole, with no note", async () => {
    expect(await nlmg(["--no-spoilers", "themes"])).toEqual(await nlmg(["themes"]));
    expect((await nlmg(["--no-spoilers", "info"])).stderr).toBe("");
  });

  it("hides a term that is a spoiler as if it were not there", async () => {
    const { code, stderr } = await nlmg(["--no-spoilers", "glossary", "carer"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^nlmg: no term matches "carer"/);
  });

  it("finds nothing in hidden items", async () => {
    const { code, stdout } = await nlmg(["--no-spoilers", "search", "donation"]);
    expect([code, stdout]).toEqual([1, ""]);
  });
});
