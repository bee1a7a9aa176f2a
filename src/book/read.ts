import { RecordError } from "../errors.js";
import { jsonPath, readText } from "./files.js";
import { recordSchema, type Record } from "./schema.js";

/** Checks parsed JSON against the record schema; every problem with its JSON path. */
export function checkRecord(data: unknown, name: string): Record {
  const result = recordSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`);
  throw new RecordError(`${name} is not a valid record (${problems.length} problem${problems.length === 1 ? "" : "s"})`, problems);
}

/** Parses a record's JSON text and checks it. */
export function parseRecord(text: string, name: string): Record {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new RecordError(`${name} is not JSON: ${(error as Error).message}`);
  }
  return checkRecord(data, name);
}

/** Reads, parses and checks a record file. */
export function readRecordFile(path: string, cwd: string): Record {
  return parseRecord(readText(path, cwd), path);
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** The JSON path of every string in a record that holds control characters or bidi overrides. */
export function findControlCharacters(record: Record): string[] {
  const found: string[] = [];
  const visit = (value: unknown, path: PropertyKey[]): void => {
    if (typeof value === "string") {
      if (CONTROL.test(value)) found.push(jsonPath(path));
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(record, []);
  return found;
}
