import { describe, expect, it } from "vitest";
import { nlmg, visible } from "../helpers.js";

describe("nlmg story", () => {
  it("groups the passages under the novel's parts, wrapped to the terminal", async () => {
    const { code, stdout } = await nlmg(["story", "--part", "2"], { tty: true, columns: 60 });
    expect(code).toBe(0);
    expect(visible(stdout)).toMatchInlineSnapshot(`
      "<1><36>Part Two: The Cottages<39><22>

      After leaving Hailsham, they move to the Cottages, a holding
      facility where young clones live semi-independently before
      beginning their donations. Ruth and Tommy stay together;
      Kathy feels increasingly isolated. The three drift apart
      after arguments about their futures and Ruth’s manipulation
      of Tommy and Kathy’s relationship.
      "
    `);
  });

  it("prints a heading a part and a paragraph a line, apart by blank lines, when piped", async () => {
    const lines = (await nlmg(["story"])).stdout.split("\n");
    const shape = lines.map((l) => (l.startsWith("Part ") || !l ? l : "¶"));
    expect(shape).toEqual([
      "Part One: Hailsham", "", "¶", "", "¶", "", "¶", "",
      "Part Two: The Cottages", "", "¶", "",
      "Part Three: Carer", "", "¶", "", "¶", "", "¶", "",
    ]);
    expect(lines[2]).toMatch(/^Kathy H., now thirty-one, looks back .* their “purpose.”$/);
  });

  it("wraps plain prose when --width is given", async () => {
    const lines = (await nlmg(["story", "--part", "1", "--width", "50"])).stdout.trimEnd().split("\n");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(50);
    expect(lines.length).toBeGreaterThan(20);
  });

  it("gives parts and passages with --json", async () => {
    const parts = JSON.parse((await nlmg(["story", "--json"])).stdout) as { part: number; title: string; passages: { passage: number }[] }[];
    expect(parts.map((p) => [p.part, p.title, p.passages.map((x) => x.passage)])).toEqual([
      [1, "Hailsham", [1, 2, 3]],
      [2, "The Cottages", [4]],
      [3, "Carer", [5, 6, 7]],
    ]);
  });

  it.each([["9"], ["0"], ["two"]])("refuses --part %s, exit 2", async (part) => {
    const { code, stdout, stderr } = await nlmg(["story", "--part", part]);
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toMatch(/^nlmg: /);
  });
});

describe("nlmg themes, takeaways, significance", () => {
  it("bullets the themes on a terminal", async () => {
    expect(visible((await nlmg(["themes"], { tty: true, columns: 40 })).stdout)).toMatchInlineSnapshot(`
      "<1><36>Main Themes<39><22>

      • What it means to be human and have a
        soul
      • The ethics of using others as means to
        an end
      • How we cope with mortality and
        predetermined fates
      • Love and friendship in the face of
        hopelessness
      • Society’s capacity to dehumanize those
        it finds useful
      "
    `);
  });

  it("prints a theme a line when piped, ready for fzf", async () => {
    expect((await nlmg(["themes"])).stdout).toBe(
      [
        "What it means to be human and have a soul",
        "The ethics of using others as means to an end",
        "How we cope with mortality and predetermined fates",
        "Love and friendship in the face of hopelessness",
        "Society’s capacity to dehumanize those it finds useful",
        "",
      ].join("\n"),
    );
  });

  it("wraps the takeaways under a heading on a terminal", async () => {
    expect(visible((await nlmg(["takeaways"], { tty: true, columns: 70 })).stdout)).toMatchInlineSnapshot(`
      "<1><36>Key Takeaways<39><22>

      Ishiguro’s novel asks profound questions about humanity through
      science fiction allegory. The clones’ situation mirrors how we all
      face mortality - knowing we will die, yet living, loving, and creating
      meaning anyway. Kathy and her friends demonstrate that having a soul
      isn’t about immortality or freedom, but about how we love, remember,
      and find beauty in our limited time. The novel also serves as a
      haunting critique of how societies rationalize exploitation when it
      benefits them.
      "
    `);
  });

  it("answers to why as well as significance", async () => {
    const why = await nlmg(["why"]);
    expect(why).toEqual(await nlmg(["significance"]));
    expect(why.stdout).toMatch(/^Never Let Me Go is one of the most acclaimed novels of the 21st century.*to be alive\.\n$/);
  });

  it("gives paragraphs with their spoiler marks in JSON", async () => {
    expect(JSON.parse((await nlmg(["themes", "--json"])).stdout)).toContainEqual({ text: "Love and friendship in the face of hopelessness", spoiler: false });
  });
});

describe("nlmg glossary", () => {
  it("defines every term on a terminal", async () => {
    expect(visible((await nlmg(["glossary", "--no-spoilers"], { tty: true, columns: 60 })).stdout)).toMatchInlineSnapshot(`
      "<1><36>Glossary<39><22>

      <1>Hailsham<22>
        A seemingly idyllic, isolated English boarding school of
        the late 1970s where Kathy, Ruth and Tommy grow up; the
        students never leave and have no parents.

      <1>guardians<22>
        The caring staff of Hailsham, who encourage the students
        to create art, stress the importance of their health, and
        speak cryptically about the students’ “purpose.”
      "
    `);
  });

  it("prints a term and its definition a line when piped", async () => {
    const lines = (await nlmg(["glossary"])).stdout.trimEnd().split("\n");
    expect(lines.map((l) => l.split("\t")[0])).toEqual([
      "Hailsham", "guardians", "the Cottages", "clone", "donor", "donation", "carer", "completing", "deferral", "donation notice",
    ]);
  });

  it("shows one term with the passages where any of its forms occurs", async () => {
    const { code, stdout } = await nlmg(["glossary", "completes"], { tty: true, columns: 70 });
    expect(code).toBe(0);
    expect(visible(stdout)).toMatchInlineSnapshot(`
      "<1><36>completing<39><22>
      <2>also complete, completes, completed<22>

      Dying: the word used when a donor dies after their donations, usually
      by their early thirties.

      <1><36>Where it occurs<39><22>

      <36>Part One, passage 2<39>
        The truth gradually emerges: Kathy, Ruth, Tommy, and all the
        Hailsham students are clones, created to be organ donors. Their
        entire existence is designed to reach adulthood, donate their organs
        through multiple surgeries (“donations”), and eventually die
        (“<1><33>complete<39><22>”) by their early thirties. Hailsham was an experimental
        institution trying to prove that clones have souls by cultivating
        their creativity and humanity.

      <36>Part Three, passage 7<39>
        Tommy and Kathy spend a brief time together before Tommy begins his
        donations. He dies (<1><33>completes<39><22>) during his fourth procedure. Kathy,
        now alone, continues as a carer until she receives her own donation
        notice. The book ends with Kathy parked in a field, imagining she
        sees something she’s lost in the distance, accepting that her life -
        full of love, friendship, and humanity despite the world’s refusal
        to recognize it - is coming to its inevitable end.
      "
    `);
  });

  it("finds a term by a form, and gives its occurrences in JSON", async () => {
    const term = JSON.parse((await nlmg(["glossary", "donations", "--json"])).stdout) as { term: string; occurrences: { passage: number }[] };
    expect(term.term).toBe("donation");
    expect(term.occurrences.map((o) => o.passage)).toEqual([2, 3, 4, 5, 7]);
  });

  it("suggests a term when nothing matches, exit 1", async () => {
    expect(await nlmg(["glossary", "defferal"])).toEqual({ code: 1, stdout: "", stderr: 'nlmg: no term matches "defferal"\ndid you mean deferral?\n' });
  });
});

describe("usage errors", () => {
  it.each([
    [["nope"], "nlmg: unknown command 'nope'\nsee nlmg --help\n"],
    [["charcters"], "nlmg: unknown command 'charcters'\ndid you mean characters?\n"],
    [["themes", "--nope"], "nlmg: unknown option '--nope'\n"],
    [["--width", "wide", "themes"], "nlmg: option '--width <cols>' argument 'wide' is invalid. expected a whole number from 1, got \"wide\"\n"],
    [["--json", "--plain", "themes"], "nlmg: --json and --plain cannot be used together\n"],
  ])("nlmg %j exits 2 with a message on stderr", async (args, stderr) => {
    expect(await nlmg(args)).toEqual({ code: 2, stdout: "", stderr });
  });

  it("prints help on stdout, leading with examples, exit 0", async () => {
    const { code, stdout } = await nlmg(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Examples:\n {2}\$ nlmg characters\n/);
    expect(stdout).toContain("Usage: nlmg [options] [command]");
  });

  it("answers nlmg help COMMAND as nlmg COMMAND --help", async () => {
    const help = await nlmg(["help", "characters"]);
    expect(help).toEqual(await nlmg(["characters", "--help"]));
    expect(help.code).toBe(0);
  });

  it("prints the version", async () => {
    expect(await nlmg(["-V"])).toEqual({ code: 0, stdout: "0.0.0-dev\n", stderr: "" });
  });
});
