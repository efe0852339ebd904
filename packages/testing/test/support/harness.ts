/** The package's own tests use the public harness (`@xerotier/testing/vitest`). */
export { useRouter, type RouterHarness } from "../../src/vitest";
