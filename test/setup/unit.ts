// The unit tier runs many files in one worker (isolate: false), so each file hands the next a
// clean process: real timers after every test (a test that fails before restoring them), and at
// the file's end its stubbed globals, env and spies undone. The config's unstubGlobals runs only
// before each test, so a file's last stub would otherwise be undone inside the next file, after
// its beforeAll (undoing, say, msw's patch of fetch made there).
import { afterAll, afterEach, vi } from "vitest";

afterEach(() => {
  vi.useRealTimers();
});

afterAll(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});
