/**
 * Shows a text through the pager, as git and gh do. Resolves true when the
 * pager showed it, false when the pager could not start or failed, so that
 * the caller prints it directly: a page is never lost. Quitting the pager
 * early is no error.
 */
export async function page(text: string, command: string, env: Readonly<Record<string, string | undefined>>): Promise<boolean> {
  const { spawn } = await import("node:child_process");
  return new Promise((resolve) => {
    // less reads LESS for its options; -FRX: quit when it fits, keep colours, leave the screen as it is.
    const child = spawn(command, { shell: true, stdio: ["pipe", "inherit", "inherit"], env: { LESS: "FRX", ...env } });
    child.on("error", () => resolve(false));
    // The pager may close its input before reading it all: the reader left early.
    child.stdin.on("error", () => {});
    child.on("close", (code) => resolve(code === 0));
    child.stdin.end(text);
  });
}
