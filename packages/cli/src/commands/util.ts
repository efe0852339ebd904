import { UsageError } from "../exit";
import type { CommandContext, OptionValues } from "../command";

/** A string flag's value, or a usage error naming the flag when it is missing or empty. */
export function required(values: OptionValues, name: string, command: string): string {
  const value = values[name];
  if (typeof value !== "string" || value.trim() === "") throw new UsageError(`--${name} is required`, command);
  return value;
}

/** A string flag's value, or `undefined`. */
export function optional(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** A flag restricted to a set of values; a usage error lists them. */
export function oneOf<T extends string>(values: OptionValues, name: string, allowed: readonly T[], command: string): T | undefined {
  const value = optional(values, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(", ")}; got '${value}'`, command);
  return value as T;
}

/** A positive integer flag, or the default. */
export function positiveInt(values: OptionValues, name: string, fallback: number, command: string): number {
  const value = optional(values, name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive integer; got '${value}'`, command);
  return n;
}

/** The first positional (the id every `show`-style command takes). */
export function id(ctx: CommandContext): string {
  return ctx.args[0]!;
}
