import { checkRecord } from "../src/book/read.js";

/** Throws, naming each problem, when the bundled record does not fit the schema. */
export function checkBundled(data: unknown): void {
  checkRecord(data, "data/never-let-me-go.json");
}
