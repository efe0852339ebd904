/** The caller as authenticated by the router's API-key middleware. */
export interface Principal {
  /** The API key's id (never the secret). */
  keyId: string;
  project: string;
  scopes: ReadonlySet<"inference" | "management" | "execution">;
  /** Printable actor for audit fields, e.g. `api_key:xero_demo_ops`. */
  actor: string;
}

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
