import type { Output } from "../output.js";
import type { Theme } from "./theme.js";

/** What every renderer is given besides its data: the decided output and its styles. */
export interface View {
  readonly out: Output;
  readonly theme: Theme;
}

/** The JSON form: two-space indented, as documented in the README. */
export function toJson(data: unknown): string {
  return JSON.stringify(data, null, 2);
}
