import { describe, expect, it } from "vitest";
import { nlmg } from "../helpers.js";
import { visibleWidth } from "../../src/render/text.js";

const COMMANDS = [["info"], ["story"], ["characters"], ["characters", "ruth"], ["themes"], ["takeaways"], ["why"], ["glossary"], ["glossary", "donation"], ["search", "carer"]];
const words = (text: string) => text.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);

describe("rendering at any width", () => {
  for (const width of [20, 40, 80, 200]) {
    it(`fits ${width} columns and loses no word`, async () => {
      for (const command of COMMANDS) {
        const styled = await nlmg([...command, "--no-color"], { tty: true, columns: width });
        expect(styled.code).toBe(0);
        for (const line of styled.stdout.split("\n")) expect(visibleWidth(line), `${command.join(" ")} at ${width}: ${line}`).toBeLessThanOrEqual(width);
        if (command[0] === "search") continue; // styled search shows context, not whole passages
        const shown = new Set(words(styled.stdout));
        // The plain form of a card or a detail leads each line with a label of its own.
        const keyed = command[0] === "info" || command.length > 1;
        const plain = (await nlmg([...command])).stdout.split("\n").map((l) => (keyed ? l.split("\t").slice(1).join(" ") : l)).join("\n");
        for (const word of words(plain)) expect(shown.has(word), `${command.join(" ")} at ${width} lost "${word}"`).toBe(true);
      }
    });
  }

  it("uses ASCII borders and bullets outside a UTF-8 locale, and no colour with TERM=dumb", async () => {
    for (const command of [["info"], ["characters"], ["themes"]]) {
      const { stdout } = await nlmg(command, { tty: true, env: { LANG: "C", TERM: "dumb" } });
      expect(stdout, command.join(" ")).toMatch(/^[\x20-\x7e\n’“”]*$/);
    }
  });
});
