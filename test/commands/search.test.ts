import { describe, expect, it } from "vitest";
import { nlmg, visible } from "../helpers.js";

describe("nlmg search", () => {
  it("groups results by section, highlights the match, and counts them, on a terminal", async () => {
    const { code, stdout, stderr } = await nlmg(["search", "deferral"], { tty: true });
    expect([code, stderr]).toEqual([0, ""]);
    expect(visible(stdout)).toMatchInlineSnapshot(`
      "<1><36>Story<39><22>
        <36>Part One, passage 3<39>
          … of their predetermined fate. They hear rumors about “<1><33>deferral<39><22>s” - that
          couples truly in love might postpone donations for …
        <36>Part Three, passage 5<39>
          … Madame, one of Hailsham’s founders, urging them to seek a <1><33>deferral<39><22>.
        <36>Part Three, passage 6<39>
          … Hailsham’s former headmistress, hoping to claim their <1><33>deferral<39><22>. Instead,
          they learn the crushing truth: <1><33>deferral<39><22>s were never real, just a rumor.
          Madame collected their artwork not to judge their souls for <1><33>deferral<39><22>s, but
          to prove to the world that clones were human and …

      <1><36>Glossary<39><22>
        <36>deferral<39>
          A rumoured postponement of donations for a few years, for …

      <2>4 results in 2 sections<22>
      "
    `);
  });

  it("prints one result a line, section, place and text apart by tabs, when piped", async () => {
    const { stdout } = await nlmg(["search", "Madame"]);
    expect(stdout.split("\n").map((l) => l.split("\t").slice(0, 2).join(" | "))).toEqual([
      "story | Part Three, passage 5",
      "story | Part Three, passage 6",
      "characters | Madame, role",
      "characters | Madame",
      "",
    ]);
  });

  it.each([["ruth's"], ["RUTH’S"], ["Ruth's"], ["ruth‘s"]])("folds case and quotes: %s finds Ruth’s", async (query) => {
    const { code, stdout } = await nlmg(["search", query]);
    expect(code).toBe(0);
    expect(stdout.split("\n").filter(Boolean).map((l) => l.split("\t")[1])).toEqual(["Part Two, passage 4", "Part Three, passage 5"]);
  });

  it("folds accents and dashes", async () => {
    expect((await nlmg(["search", "HÁILSHAM", "–", "the", "students"])).stdout.split("\n")[0]).toMatch(/^story\tPart One, passage 1\t/);
  });

  it("needs every word in the same passage, and a phrase as written", async () => {
    const both = await nlmg(["search", "tommy", "temper"]);
    expect(both.stdout).toBe(
      "characters\tTommy\tThe emotional and artistic boy who Kathy loves, whose temper masks his sensitivity\n",
    );
    expect((await nlmg(["search", "holding facility"])).stdout.split("\t")[1]).toBe("Part Two, passage 4");
    expect((await nlmg(["search", '"facility holding"'])).code).toBe(1);
    expect((await nlmg(["search", "facility", "holding"])).code).toBe(0);
  });

  it("gives results with offsets into their text in JSON", async () => {
    const results = JSON.parse((await nlmg(["search", "carer", "--json"])).stdout) as {
      section: string;
      where: string;
      text: string;
      matches: { start: number; end: number }[];
    }[];
    expect(results.map((r) => `${r.section}: ${r.where}`)).toEqual([
      "story: Part Three, passage 5",
      "story: Part Three, passage 7",
      "characters: Kathy H., role",
      "characters: Kathy H.",
      "glossary: carer",
      "glossary: donation notice",
    ]);
    for (const r of results) for (const m of r.matches) expect(r.text.slice(m.start, m.end).toLowerCase()).toBe("carer");
  });

  it("exits 1 with nothing on stdout when nothing matches, as grep does", async () => {
    expect(await nlmg(["search", "zzz"])).toEqual({ code: 1, stdout: "", stderr: 'nlmg: nothing matches "zzz"\n' });
  });

  it.each([[[]], [[""]], [["  "]]])("exits 2 for an empty query %j", async (query) => {
    const { code, stdout } = await nlmg(["search", ...query]);
    expect([code, stdout]).toEqual([2, ""]);
  });
});
