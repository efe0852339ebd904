// The one brand that makes `instanceof` hold across duplicate copies of the SDK's packages.

// Key under which each class stores its brand; `Symbol.for`, so every copy and entry shares it.
const BRAND = Symbol.for("xerotier.error.brand");

/**
 * Brands an error class: its prototype carries `Symbol.for("xerotier.error.<name>")`, so instances
 * of it and of its subclasses are recognised by every loaded copy of the package that defines it
 * (ESM + CJS, nested `node_modules`), and `name` survives minifiers. Call it once per class, in a
 * `static` block; every class extending `XerotierError` then gets a brand-aware `instanceof`.
 *
 * @example
 * ```ts
 * export class MyWaitTimeoutError extends XerotierSdkError<"my_wait_timeout"> {
 *   static { brandError(this, "MyWaitTimeoutError"); }
 * }
 * ```
 */
export function brandError(ctor: abstract new (...args: never[]) => unknown, name: string): void {
  const brand = Symbol.for(`xerotier.error.${name}`);
  Object.defineProperty(ctor, BRAND, { value: brand });
  Object.defineProperty(ctor.prototype, brand, { value: true });
  Object.defineProperty(ctor.prototype, "name", { value: name, writable: true, configurable: true });
}

/**
 * `instanceof` by brand for a class branded with {@link brandError}; a class without its own brand
 * (a user's subclass) falls back to plain prototype-chain semantics.
 */
export function hasBrand(ctor: object, value: unknown): boolean {
  if (!Object.prototype.hasOwnProperty.call(ctor, BRAND)) return Function.prototype[Symbol.hasInstance].call(ctor, value);
  const brand = (ctor as Record<symbol, symbol>)[BRAND] as symbol;
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}
