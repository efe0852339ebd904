import { readFileSync } from "node:fs";
import { parse } from "yaml";

const spec = parse(readFileSync(new URL("../../../../../openapi/xerotier.yaml", import.meta.url), "utf8")) as {
  components: { schemas: Record<string, { examples: unknown[] }> };
};

/** A fresh copy of the first example the spec gives for `schema`. */
export function openapiExample(schema: string): Record<string, unknown> {
  return structuredClone(spec.components.schemas[schema]!.examples[0]) as Record<string, unknown>;
}
