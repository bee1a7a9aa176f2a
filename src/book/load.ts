import bundled from "../../data/never-let-me-go.json" with { type: "json" };
import type { IO } from "../io.js";
import type { Record } from "./schema.js";

/**
 * The record to show: the file given by --data or NLMG_DATA, else the bundled
 * one. The bundled record is checked against the schema when nlmg is built
 * and by its tests, so it skips the check here: loading zod would cost a
 * plain command more than its whole speed budget. A file is always checked.
 */
export async function loadRecord(path: string | undefined, io: IO): Promise<Record> {
  if (!path) return bundled;
  const { readRecordFile } = await import("./read.js");
  return readRecordFile(path, io.cwd);
}
