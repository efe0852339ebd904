// The unit tier runs many files in one worker (isolate: false): a file that fakes timers and
// fails before it restores them must not leave the next file's timers fake.
import { afterEach, vi } from "vitest";

afterEach(() => {
  vi.useRealTimers();
});
