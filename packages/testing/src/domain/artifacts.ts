import { RouterError } from "./router-error";
import type { WorldState } from "./state";
import type { ArtifactContent } from "./types";

/** Artifacts produced by tool runs, read through the chat artifact API. */
export interface ArtifactsApi {
  /** 404 `artifact_not_found` when unknown or owned by another chat. */
  get(chatId: string, artifactId: string): ArtifactContent;
}

/** Creates the artifacts API over the world state. */
export function createArtifactsApi(state: WorldState): ArtifactsApi {
  return {
    get(chatId, artifactId) {
      const artifact = state.artifacts.get(artifactId);
      if (!artifact || artifact.chat_id !== chatId) {
        throw new RouterError(404, "artifact_not_found", `No artifact '${artifactId}' in chat '${chatId}'.`, { param: "artifact_id" });
      }
      return structuredClone(artifact);
    },
  };
}
