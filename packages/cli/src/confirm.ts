import { createInterface } from "node:readline/promises";

/**
 * Asks a yes/no question on the terminal (the question on stderr, the answer from stdin); only
 * `y` or `yes` is a yes. Ctrl-C (`signal`) or a closed input is a no.
 */
export async function askOnTerminal(question: string, signal?: AbortSignal): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question(question, signal ? { signal } : {});
    return /^\s*y(es)?\s*$/i.test(answer);
  } catch {
    return false;
  } finally {
    prompt.close();
  }
}
