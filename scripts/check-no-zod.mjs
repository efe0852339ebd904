#!/usr/bin/env node
// Asserts that a program importing only createXerotierClient does not bundle zod: validation must stay opt-in.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("../packages/api/dist/index.js", import.meta.url));
const result = await build({
  stdin: {
    contents: `import { createXerotierClient } from ${JSON.stringify(entry)};\nconsole.log(createXerotierClient);\n`,
    resolveDir: fileURLToPath(new URL("../packages/api/", import.meta.url)),
    loader: "js",
  },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
  metafile: true,
  logLevel: "silent",
});

// Count only modules that contribute bytes: esbuild lists every parsed input, even tree-shaken ones.
const output = Object.values(result.metafile.outputs)[0];
const zodBytes = Object.entries(output?.inputs ?? {})
  .filter(([path, info]) => /(^|[\\/])node_modules[\\/](\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?zod[\\/]/.test(path) && info.bytesInOutput > 0)
  .reduce((sum, [, info]) => sum + info.bytesInOutput, 0);

if (zodBytes > 0) {
  console.error(`check-no-zod: a createXerotierClient-only bundle contains ${zodBytes} bytes of zod (minified); expected none.`);
  process.exit(1);
}
console.log("check-no-zod: a createXerotierClient-only bundle contains no zod.");
