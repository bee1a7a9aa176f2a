import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { RecordError } from "../errors.js";

/** A JSON path as editors show it: `$.characters[2].name`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) =>
      typeof key === "number" ? `${acc}[${key}]`
      : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${acc}.${String(key)}`
      : `${acc}[${JSON.stringify(String(key))}]`,
    "$",
  );
}

/** Reads a file as UTF-8 text (a byte-order mark dropped), with a message naming the file for each way it can fail. */
export function readText(path: string, cwd: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(cwd, path));
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
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new RecordError(`cannot read ${path}: it is not UTF-8 text`);
  }
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
export function writeWhole(path: string, text: string, cwd: string): void {
  const target = resolve(cwd, path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: "wx" });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new RecordError(`cannot write ${path}: ${(error as Error).message}`);
  }
}
