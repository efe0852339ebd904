/**
 * `@xerotier/exec/alerts`: an Alertmanager webhook responder that triages each firing alert and
 * pauses its agent under guardrails, with an action log keyed by alert fingerprint.
 *
 * @packageDocumentation
 */
export * from "./alert-responder/index";
