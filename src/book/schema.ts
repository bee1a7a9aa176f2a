import * as z from "zod";

/** A piece of the summary's text, marked when it gives a twist away. */
const text = z.string().min(1);

export const partSchema = z.strictObject({
  number: z.number().int().min(1).describe("The part's number in the novel, from 1"),
  title: z.string().describe("The part's title; may be empty"),
});

export const passageSchema = z.strictObject({
  part: z.number().int().min(1).optional().describe("The number of the part this passage belongs to"),
  text,
  spoiler: z.boolean().describe("True when the passage gives a twist away"),
});

export const paragraphSchema = z.strictObject({
  text,
  spoiler: z.boolean(),
});

export const characterSchema = z.strictObject({
  name: z.string().min(1),
  role: z.string().describe("A short role, a few words"),
  aliases: z.array(z.string().min(1)).describe("Other names the summary uses, e.g. Kathy for Kathy H."),
  description: text,
  spoiler: z.boolean().describe("True when the description gives a twist away"),
});

export const termSchema = z.strictObject({
  term: z.string().min(1),
  forms: z.array(z.string().min(1)).describe("The words that count as the term in the text, inflections included"),
  definition: text,
  spoiler: z.boolean(),
});

/** One book's record: the summary's text and the structure around it. */
export const recordSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().min(1),
    title: z.string().min(1),
    author: z.string().min(1),
    year: z.number().int(),
    genres: z.array(z.string().min(1)),
    pages: z.number().int().min(0),
    readingTime: z.string(),
    parts: z.array(partSchema),
    story: z.array(passageSchema),
    characters: z.array(characterSchema),
    themes: z.array(paragraphSchema),
    takeaways: z.array(paragraphSchema),
    significance: z.array(paragraphSchema),
    glossary: z.array(termSchema),
  })
  .superRefine((record, ctx) => {
    const parts = new Set(record.parts.map((p) => p.number));
    record.story.forEach((passage, i) => {
      if (passage.part !== undefined && !parts.has(passage.part)) {
        ctx.addIssue({ code: "custom", path: ["story", i, "part"], message: `no part ${passage.part} in "parts"` });
      }
    });
  });

export type Record = z.infer<typeof recordSchema>;
export type Part = z.infer<typeof partSchema>;
export type Passage = z.infer<typeof passageSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Character = z.infer<typeof characterSchema>;
export type Term = z.infer<typeof termSchema>;
