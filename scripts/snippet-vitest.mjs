/**
 * What a snippet imports as `vitest` when scripts/run-snippets.mjs runs it: tests and hooks are
 * collected while the program runs, then run in order, one at a time (`globalThis.__snippetSettle`),
 * and the first failure fails the program. `expect` knows the matchers the docs use; any other
 * matcher throws, naming itself, rather than passing unchecked.
 */
import { deepStrictEqual, strictEqual } from "node:assert/strict";
import { isDeepStrictEqual } from "node:util";

const tests = [];
const hooks = { beforeAll: [], afterAll: [], beforeEach: [], afterEach: [] };

export const it = (name, fn) => void tests.push({ name, fn });
export const test = it;
export const describe = (_name, fn) => fn();
export const beforeAll = (fn) => void hooks.beforeAll.push(fn);
export const afterAll = (fn) => void hooks.afterAll.push(fn);
export const beforeEach = (fn) => void hooks.beforeEach.push(fn);
export const afterEach = (fn) => void hooks.afterEach.push(fn);

globalThis.__snippetSettle = async () => {
  for (const hook of hooks.beforeAll) await hook();
  try {
    for (const { name, fn } of tests) {
      for (const hook of hooks.beforeEach) await hook();
      try {
        await fn();
      } catch (error) {
        throw new Error(`test "${name}" failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      } finally {
        for (const hook of hooks.afterEach) await hook();
      }
    }
  } finally {
    for (const hook of hooks.afterAll) await hook();
  }
};

const MATCHERS = {
  toBe: (actual, expected) => strictEqual(actual, expected),
  toEqual: (actual, expected) => deepStrictEqual(actual, expected),
  toMatchObject: (actual, expected) => {
    const picked = Object.fromEntries(Object.keys(expected).map((key) => [key, actual?.[key]]));
    if (!isDeepStrictEqual(picked, expected)) deepStrictEqual(picked, expected);
  },
  toBeDefined: (actual) => {
    if (actual === undefined) throw new Error("expected a value, got undefined");
  },
};

/** A small `expect`: `toBe`, `toEqual`, `toMatchObject`, `toBeDefined`; another matcher throws. */
export function expect(actual) {
  return new Proxy(
    {},
    {
      get(_target, matcher) {
        const check = MATCHERS[matcher];
        if (!check) throw new Error(`the snippet runner's expect has no .${String(matcher)}: add it to scripts/snippet-vitest.mjs`);
        return (...expected) => check(actual, ...expected);
      },
    },
  );
}
