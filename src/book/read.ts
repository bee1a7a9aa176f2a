import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { RecordError } from "../errors.js";
import { recordSchema, type Record } from "./schema.js";

/** A JSON path as editors show it: `$.characters[2].name`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) =>
      typeof key === "number" ? `${acc}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${acc}.${String(key)}` : `${acc}[${JSON.stringify(String(key))}]`,
    "$",
  );
}

/** Reads a file as UTF-8 text, with a message naming the file for each way it can fail. */
export async function readText(path: string, cwd: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(cwd, path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file"
      : code === "EISDIR" ? "it is a directory"
      : code === "EACCES" || code === "EPERM" ? "permission denied"
      : (error as Error).message;
    throw new RecordError(`cannot read ${path}: ${why}`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new RecordError(`cannot read ${path}: it is not UTF-8 text`);
  }
}

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
export async function readRecordFile(path: string, cwd: string): Promise<Record> {
  return parseRecord(await readText(path, cwd), path);
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
