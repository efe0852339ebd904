import type { CliIO } from "./io";

/** Progress on stderr for waits longer than a second, so stdout keeps only data. */
export interface Progress {
  /** Shows `text` if the wait still runs after a second; call the returned function when it ends. */
  waiting(text: string): () => void;
  /** Reports now (a retry backoff: "rate limited: retrying in 5s"); cleared by the next `stop`. */
  notice(text: string): void;
  /** Clears the spinner's line before data is printed (it is redrawn on its next tick); pending messages stay. */
  clearLine(): void;
  /** Clears the spinner (on a terminal) and cancels pending messages. */
  stop(): void;
}

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
/** A wait shorter than this prints nothing. */
export const PROGRESS_DELAY_MS = 1000;

/**
 * A spinner when stderr is a terminal (`TERM` not `dumb`), plain lines otherwise; both only for
 * waits past {@link PROGRESS_DELAY_MS}. Timers are unref'd: progress never holds the process.
 */
export function createProgress(io: CliIO): Progress {
  const tty = io.stderrIsTTY === true && io.env.TERM !== "dumb";
  let text: string | undefined;
  let frame = 0;
  let spin: ReturnType<typeof setInterval> | undefined;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const draw = () => io.stderr(`\r\u001b[K${FRAMES[frame++ % FRAMES.length]} ${text ?? ""}`);
  const show = (message: string) => {
    text = message;
    if (!tty) return io.stderr(`${message}\n`);
    draw();
    spin ??= setInterval(draw, 100);
    spin.unref?.();
  };
  const stop = () => {
    clearTimeout(pending);
    pending = undefined;
    if (spin !== undefined) {
      clearInterval(spin);
      spin = undefined;
      io.stderr("\r\u001b[K");
    }
    text = undefined;
  };
  return {
    waiting(message) {
      clearTimeout(pending);
      pending = setTimeout(() => show(message), PROGRESS_DELAY_MS);
      pending.unref?.();
      return stop;
    },
    notice: show,
    clearLine: () => void (spin !== undefined && io.stderr("\r\u001b[K")),
    stop,
  };
}
