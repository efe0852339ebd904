export { createAlertResponder } from "./responder";
export type { AgentExecControls, AlertAction, AlertActionKind, AlertResponder, AlertResponderOptions } from "./types";
