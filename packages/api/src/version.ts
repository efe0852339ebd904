/**
 * Version of `@xerotier/api`, sent in the default `User-Agent` (`xerotier-sdk-typescript/<version>`).
 * Kept equal to `package.json` by a test, so a release bump that forgets it fails CI.
 */
export const VERSION = "0.0.0";
