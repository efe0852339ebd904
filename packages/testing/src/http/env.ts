import type { ApiKeyRecord } from "./api-keys";

/** The caller as authenticated by the router's API-key middleware: its key's record (never the secret) and audit actor (`api_key:<name>`). */
export type Principal = ApiKeyRecord & { actor: string };

/** Hono environment shared by the router's middleware and route modules. */
export type RouterEnv = {
  Variables: {
    requestId: string;
    principal: Principal;
    /** The request body, read once within the body limits (unset when there was none). */
    bodyText?: string;
    /** Set when an injected fault answered: the answer is off-spec on purpose, so conformance skips it. */
    injected?: boolean;
  };
};
