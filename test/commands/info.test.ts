import { describe, expect, it } from "vitest";
import { nlmg, visible } from "../helpers.js";

describe("nlmg info", () => {
  it("draws the card in a box on a terminal", async () => {
    const { code, stdout, stderr } = await nlmg(["info"], { tty: true });
    expect([code, stderr]).toEqual([0, ""]);
    expect(visible(stdout)).toMatchInlineSnapshot(`
      "╭─────────────────────────────────────────────────╮
      │ <1><36>Never Let Me Go<39><22>                                 │
      │ by Kazuo Ishiguro, 2005                         │
      │                                                 │
      │ <36>Genres        <39>Science Fiction, Literary Fiction │
      │ <36>Pages         <39>288                               │
      │ <36>Reading time  <39>4-5 hours                         │
      ╰─────────────────────────────────────────────────╯
      "
    `);
  });

  it("uses ASCII borders outside a UTF-8 locale, and no colour with NO_COLOR", async () => {
    const { stdout } = await nlmg(["info"], { tty: true, env: { LANG: "C", NO_COLOR: "1" } });
    expect(stdout).toMatchInlineSnapshot(`
      "+-------------------------------------------------+
      | Never Let Me Go                                 |
      | by Kazuo Ishiguro, 2005                         |
      |                                                 |
      | Genres        Science Fiction, Literary Fiction |
      | Pages         288                               |
      | Reading time  4-5 hours                         |
      +-------------------------------------------------+
      "
    `);
  });

  it("prints one field a line, tab-separated, when piped", async () => {
    const { code, stdout } = await nlmg(["info"]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      "Title\tNever Let Me Go\nAuthor\tKazuo Ishiguro\nYear\t2005\nGenres\tScience Fiction, Literary Fiction\nPages\t288\nReading time\t4-5 hours\n",
    );
  });

  it("gives the card's data with --json", async () => {
    const { stdout } = await nlmg(["info", "--json"]);
    expect(JSON.parse(stdout)).toEqual({
      id: "never-let-me-go",
      title: "Never Let Me Go",
      author: "Kazuo Ishiguro",
      year: 2005,
      genres: ["Science Fiction", "Literary Fiction"],
      pages: 288,
      readingTime: "4-5 hours",
    });
  });
});
