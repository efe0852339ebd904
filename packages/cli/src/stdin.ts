import { UsageError } from "./exit";

/** Largest standard input read (a key, a request body). */
const MAX_STDIN_BYTES = 1_048_576;

/** Reads the process's standard input to the end, bounded to 1 MiB. */
export async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_STDIN_BYTES) throw new UsageError("standard input is larger than 1 MiB");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
