/**
 * Whether process `pid` of this host is alive (a signal-0 probe; `EPERM` means it is, owned by
 * someone else): is a lock's holder or a temporary file's writer still there.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === "EPERM";
  }
}
