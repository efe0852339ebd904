// Generated from openapi/xerotier.yaml by scripts/generate.mjs. Do not edit by hand.
/** Version of the OpenAPI contract (`info.version`) this client was generated from. */
export const SPEC_VERSION = "2026-11-01";
