import { saveConfig } from "../config";
import { endpoint } from "../connection";
import { EXIT, UsageError } from "../exit";
import { cell } from "../format";
import type { Command } from "../command";
import { id, optional, required } from "./util";

const NAME = /^[A-Za-z0-9_.-]+$/;

/** `xeroctl config add <name> --base-url <url> --api-key <key> [--project <p>]`. */
export const configAdd: Command = {
  words: ["config", "add"],
  usage: "config add <name> --base-url <url> (--api-key-stdin | --api-key <key>) [--project <p>]",
  summary:
    "Add (or replace) a named context in the config file (written 0600). The base URL may be your project's URL (https://api.xerotier.ai/proj_abc123, or …/<slug>/v1 for a slug) or an origin plus --project. The first context added becomes current.",
  examples: [
    "pass show xerotier/prod | xeroctl config add prod --base-url https://api.xerotier.ai/acme-prod/v1 --api-key-stdin",
    "xeroctl config add local --base-url http://127.0.0.1:4010 --project proj_demo --api-key xero_demo_admin",
  ],
  positionals: ["name"],
  async run(ctx) {
    const name = id(ctx);
    if (!NAME.test(name)) throw new UsageError(`context names may use letters, digits, '.', '_' and '-'; got '${name}'`, "config add");
    const { baseUrl, project } = endpoint([
      { baseUrl: required(ctx.values, "base-url", "config add"), project: optional(ctx.values, "project"), baseUrlName: "--base-url", projectName: "--project" },
    ], "config add");
    const apiKey = optional(ctx.values, "api-key");
    if (apiKey === undefined) throw new UsageError("an API key is required: pipe it to --api-key-stdin (or pass --api-key)", "config add");
    if (!project) throw new UsageError("no project: use a project-scoped --base-url (…/proj_abc123 or …/<project>/v1) or pass --project", "config add");
    const config = ctx.config;
    const replaced = name in config.deployments;
    config.deployments[name] = { base_url: baseUrl, project, api_key: apiKey };
    if (config.current === undefined) config.current = name;
    await saveConfig(ctx.configPath, config);
    ctx.out.note(`${replaced ? "Replaced" : "Added"} context '${name}' (${baseUrl}, project ${project})${config.current === name ? " [current]" : ""} in ${ctx.configPath}.`);
    return EXIT.ok;
  },
};

/** `xeroctl config use <name>`. */
export const configUse: Command = {
  words: ["config", "use"],
  usage: "config use <name>",
  summary: "Make a context the current one.",
  examples: ["xeroctl config use local"],
  positionals: ["name"],
  async run(ctx) {
    const name = id(ctx);
    if (!(name in ctx.config.deployments)) throw new UsageError(`unknown context '${name}' (see xeroctl config list)`, "config use");
    ctx.config.current = name;
    await saveConfig(ctx.configPath, ctx.config);
    ctx.out.note(`Current context: ${name}.`);
    return EXIT.ok;
  },
};

/** `xeroctl config list`: never prints keys. */
export const configList: Command = {
  words: ["config", "list"],
  usage: "config list",
  summary: "List contexts (the current one is marked). API keys are never printed.",
  examples: ["xeroctl config list", "xeroctl config list -o json"],
  async run(ctx) {
    const entries = Object.entries(ctx.config.deployments).map(([name, d]) => ({
      name,
      current: ctx.config.current === name,
      base_url: d.base_url ?? null,
      project: d.project ?? null,
      api_key: d.api_key ? "set" : "missing",
    }));
    if (ctx.out.format === "json") ctx.out.json(entries);
    else
      ctx.out.table(
        ["current", "name", "base url", "project", "api key"],
        entries.map((e) => [e.current ? "*" : "", e.name, cell(e.base_url), cell(e.project), e.api_key]),
        `No contexts in ${ctx.configPath}; add one with xeroctl config add.`,
      );
    return EXIT.ok;
  },
};

/** `xeroctl config remove <name>`. */
export const configRemove: Command = {
  words: ["config", "remove"],
  usage: "config remove <name>",
  summary: "Remove a context (and its stored key) from the config file; removing the current one leaves no current context.",
  examples: ["xeroctl config remove local"],
  positionals: ["name"],
  async run(ctx) {
    const name = id(ctx);
    if (!(name in ctx.config.deployments)) throw new UsageError(`unknown context '${name}' (see xeroctl config list)`, "config remove");
    delete ctx.config.deployments[name];
    const wasCurrent = ctx.config.current === name;
    if (wasCurrent) delete ctx.config.current;
    await saveConfig(ctx.configPath, ctx.config);
    ctx.out.note(`Removed context '${name}'.${wasCurrent ? " No context is current now; pick one with xeroctl config use." : ""}`);
    return EXIT.ok;
  },
};

/** `xeroctl config current`: the context in effect and where each value comes from. */
export const configCurrent: Command = {
  words: ["config", "current"],
  usage: "config current",
  summary: "Print the context in effect (after --context and XEROTIER_* variables) and where the key comes from; never the key.",
  examples: ["xeroctl config current", "xeroctl config current -o json"],
  async run(ctx) {
    const c = ctx.connection();
    const view = { context: c.context ?? null, base_url: c.baseUrl, project: c.project ?? null, api_key: c.apiKey ? "set" : "missing", api_key_source: c.apiKeySource ?? null };
    if (ctx.out.format === "json") ctx.out.json(view);
    else
      ctx.out.fields([
        ["Context", cell(view.context)],
        ["Base URL", view.base_url],
        ["Project", cell(view.project)],
        ["API key", c.apiKey ? `set (from ${cell(c.apiKeySource)})` : "missing"],
      ]);
    return EXIT.ok;
  },
};
