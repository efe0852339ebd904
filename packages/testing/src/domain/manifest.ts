import type { Agent, ToolDescriptor } from "./types";

/** FNV-1a (64-bit) of a string, as 16 hex digits: a cheap, stable, synchronous digest. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}

/** The manifest digest of a tool set and binding list (`fnv1a64:<hex>`). */
export function manifestHash(tools: readonly ToolDescriptor[], workspaceIds: readonly string[]): string {
  return `fnv1a64:${fnv1a64(JSON.stringify({ tools, workspace_ids: workspaceIds }))}`;
}

/** Bumps the manifest version and recomputes its hash after tools or bindings changed. */
export function bumpManifest(agent: Agent): void {
  agent.manifest.version += 1;
  agent.manifest.hash = manifestHash(agent.manifest.tools, agent.manifest.workspace_ids);
}
