export type { AlertResponderAuth } from "./auth";
export { filePauseStore } from "./file-pause-store";
export { memoryPauseStore, type PauseRecord, type PauseStore, type PauseStoreOptions } from "./pause-store";
export { createAlertResponder } from "./responder";
export type { AlertAction, AlertActionKind, AlertResponder, AlertResponderOptions } from "./types";
