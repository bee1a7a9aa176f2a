// Writes data/record.schema.json from the zod schema; a test keeps them in step.
import { writeFileSync } from "node:fs";
import { recordJsonSchema } from "../src/book/json-schema.js";

writeFileSync(new URL("../data/record.schema.json", import.meta.url), recordJsonSchema());
