import * as z from "zod";
import { recordSchema } from "./schema.js";

/** The JSON Schema of a record, derived from the zod schema, for editors. */
export function recordJsonSchema(): string {
  const schema = z.toJSONSchema(recordSchema, { io: "input", unrepresentable: "any" });
  return `${JSON.stringify({ ...schema, title: "nlmg book record" }, null, 2)}\n`;
}
