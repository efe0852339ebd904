/**
 * `@xerotier/api/node`: what only Node needs, kept out of the main entry so browser and edge
 * bundles never see a `node:*` import. {@link toNodeListener} serves any fetch-style handler the
 * SDK ships (the alert responder, Slack interactivity) with `node:http`; Bun, Deno and workers
 * take those handlers as they are.
 *
 * @packageDocumentation
 */
export { toNodeListener, type FetchHandler, type NodeListenerOptions, type NodeRequestListener } from "./node-adapter/listener";
