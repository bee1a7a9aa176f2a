import { describe, expect, it } from "vitest";
import { nlmg, visible } from "../helpers.js";

describe("nlmg characters", () => {
  it("shows a table fitted to an 80-column terminal", async () => {
    const { code, stdout, stderr } = await nlmg(["characters"], { tty: true });
    expect([code, stderr]).toEqual([0, ""]);
    expect(visible(stdout)).toMatchInlineSnapshot(`
      "┌────────────┬──────────────────────────┬──────────────────────────────────────┐
      │ <1><36>Name<39><22>       │ <1><36>Role<39><22>                     │ <1><36>Description<39><22>                          │
      ├────────────┼──────────────────────────┼──────────────────────────────────────┤
      │ <1>Kathy H.<22>   │ Narrator and carer       │ The narrator, a thoughtful and       │
      │            │                          │ observant carer who loves her        │
      │            │                          │ friends despite their flaws          │
      ├────────────┼──────────────────────────┼──────────────────────────────────────┤
      │ <1>Ruth<22>       │ Kathy’s friend           │ Kathy’s manipulative but ultimately  │
      │            │                          │ remorseful friend who struggles with │
      │            │                          │ her predetermined fate               │
      ├────────────┼──────────────────────────┼──────────────────────────────────────┤
      │ <1>Tommy<22>      │ Kathy’s friend, whom she │ The emotional and artistic boy who   │
      │            │ loves                    │ Kathy loves, whose temper masks his  │
      │            │                          │ sensitivity                          │
      ├────────────┼──────────────────────────┼──────────────────────────────────────┤
      │ <1>Miss Emily<22> │ Hailsham’s headmistress  │ Hailsham’s headmistress who tried to │
      │            │                          │ prove clones deserved dignity        │
      ├────────────┼──────────────────────────┼──────────────────────────────────────┤
      │ <1>Madame<22>     │ Collector of the         │ The mysterious woman who collected   │
      │            │ students’ art            │ the students’ artwork to demonstrate │
      │            │                          │ their humanity                       │
      └────────────┴──────────────────────────┴──────────────────────────────────────┘
      "
    `);
  });

  it("falls back to a list where a table cannot fit", async () => {
    const { stdout } = await nlmg(["characters", "--width", "40", "--no-color"], { tty: true });
    expect(stdout).toMatchInlineSnapshot(`
      "Kathy H.
      Narrator and carer
        The narrator, a thoughtful and
        observant carer who loves her friends
        despite their flaws

      Ruth
      Kathy’s friend
        Kathy’s manipulative but ultimately
        remorseful friend who struggles with
        her predetermined fate

      Tommy
      Kathy’s friend, whom she loves
        The emotional and artistic boy who
        Kathy loves, whose temper masks his
        sensitivity

      Miss Emily
      Hailsham’s headmistress
        Hailsham’s headmistress who tried to
        prove clones deserved dignity

      Madame
      Collector of the students’ art
        The mysterious woman who collected the
        students’ artwork to demonstrate their
        humanity
      "
    `);
    for (const line of stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(40);
  });

  it("prints one character a line, tab-separated, with no header, when piped", async () => {
    const { stdout } = await nlmg(["characters"]);
    expect(stdout).toMatchInlineSnapshot(`
      "Kathy H.	Narrator and carer	The narrator, a thoughtful and observant carer who loves her friends despite their flaws
      Ruth	Kathy’s friend	Kathy’s manipulative but ultimately remorseful friend who struggles with her predetermined fate
      Tommy	Kathy’s friend, whom she loves	The emotional and artistic boy who Kathy loves, whose temper masks his sensitivity
      Miss Emily	Hailsham’s headmistress	Hailsham’s headmistress who tried to prove clones deserved dignity
      Madame	Collector of the students’ art	The mysterious woman who collected the students’ artwork to demonstrate their humanity
      "
    `);
  });

  it("gives a stable JSON array", async () => {
    const data = JSON.parse((await nlmg(["characters", "--json"])).stdout) as { name: string }[];
    expect(data.map((c) => c.name)).toEqual(["Kathy H.", "Ruth", "Tommy", "Miss Emily", "Madame"]);
    expect(data[0]).toEqual({
      name: "Kathy H.",
      role: "Narrator and carer",
      aliases: ["Kathy"],
      description: "The narrator, a thoughtful and observant carer who loves her friends despite their flaws",
      spoiler: false,
    });
  });
});

describe("nlmg characters NAME", () => {
  it("shows one character and the passages that mention them, highlighted", async () => {
    const { code, stdout } = await nlmg(["characters", "ruth"], { tty: true, columns: 72 });
    expect(code).toBe(0);
    expect(visible(stdout)).toMatchInlineSnapshot(`
      "<1><36>Ruth · Kathy’s friend<39><22>

      Kathy’s manipulative but ultimately remorseful friend who struggles with
      her predetermined fate

      <1><36>Mentioned in the story<39><22>

      <36>Part One, passage 1<39>
        Kathy H., now thirty-one, looks back on her childhood at Hailsham, a
        seemingly idyllic English boarding school in the late 1970s. She,
        along with her friends <1><33>Ruth<39><22> and Tommy, grew up in this isolated
        institution with caring guardians who encouraged them to create art
        and emphasized the importance of their health. But something is
        different about Hailsham - the students never leave, they have no
        parents, and the guardians speak cryptically about their “purpose.”

      <36>Part One, passage 2<39>
        The truth gradually emerges: Kathy, <1><33>Ruth<39><22>, Tommy, and all the Hailsham
        students are clones, created to be organ donors. Their entire
        existence is designed to reach adulthood, donate their organs through
        multiple surgeries (“donations”), and eventually die (“complete”) by
        their early thirties. Hailsham was an experimental institution trying
        to prove that clones have souls by cultivating their creativity and
        humanity.

      <36>Part One, passage 3<39>
        As teenagers, the three friends navigate typical adolescent dramas -
        Tommy’s anger issues, <1><33>Ruth<39><22> and Tommy’s on-again-off-again
        relationship, Kathy’s quiet longing for Tommy. But these normal
        struggles occur against the backdrop of their predetermined fate. They
        hear rumors about “deferrals” - that couples truly in love might
        postpone donations for a few years.

      <36>Part Two, passage 4<39>
        After leaving Hailsham, they move to the Cottages, a holding facility
        where young clones live semi-independently before beginning their
        donations. <1><33>Ruth<39><22> and Tommy stay together; Kathy feels increasingly
        isolated. The three drift apart after arguments about their futures
        and <1><33>Ruth<39><22>’s manipulation of Tommy and Kathy’s relationship.

      <36>Part Three, passage 5<39>
        Kathy becomes a “carer” - a clone who looks after others through their
        donations, temporarily delaying her own. Over the years, she cares for
        various donors, including eventually <1><33>Ruth<39><22>. On <1><33>Ruth<39><22>’s third donation,
        dying, <1><33>Ruth<39><22> confesses she kept Kathy and Tommy apart deliberately
        because she was jealous. She gives them the address of Madame, one of
        Hailsham’s founders, urging them to seek a deferral.
      "
    `);
  });

  it.each([
    ["kathy", "Kathy H."],
    ["KATHY h.", "Kathy H."],
    ["emily", "Miss Emily"],
    ["miss", "Miss Emily"],
    ["tom", "Tommy"],
    ["madàme", "Madame"],
  ])("finds %s as %s", async (query, name) => {
    const { code, stdout } = await nlmg(["characters", query, "--json"]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { name: string }).name).toBe(name);
  });

  it("lists the passages that mention a character in plain and JSON forms", async () => {
    const plain = (await nlmg(["characters", "madame"])).stdout.split("\n");
    expect(plain.slice(0, 4)).toEqual([
      "name\tMadame",
      "role\tCollector of the students’ art",
      "aliases\t",
      "description\tThe mysterious woman who collected the students’ artwork to demonstrate their humanity",
    ]);
    expect(plain.filter((l) => l.startsWith("mention\t")).map((l) => l.split("\t")[1])).toEqual(["Part Three, passage 5", "Part Three, passage 6"]);
    const json = JSON.parse((await nlmg(["characters", "madame", "--json"])).stdout) as { mentions: { place: string; part: number; passage: number }[] };
    expect(json.mentions.map((m) => [m.part, m.passage])).toEqual([
      [3, 5],
      [3, 6],
    ]);
  });

  it("suggests a name when nothing matches, exit 1", async () => {
    expect(await nlmg(["characters", "tomy"])).toEqual({ code: 1, stdout: "", stderr: 'nlmg: no character matches "tomy"\ndid you mean Tommy?\n' });
  });

  it("lists the candidates when several match, exit 1", async () => {
    const { io, ...result } = { io: null, ...(await nlmg(["characters", "m"])) };
    void io;
    expect(result).toEqual({ code: 1, stdout: "", stderr: 'nlmg: "m" matches several characters: Miss Emily, Madame\ngive more of the name\n' });
  });
});
