import { RouterError } from "./router-error";
import type { Page, PageQuery } from "./types";

/** Default page size of every list. */
export const DEFAULT_LIMIT = 20;

const badCursor = (after: string) => new RouterError(400, "invalid_request", `No item with id '${after}' to start after.`, { param: "after" });

/** One page: the items `at(i)` kept from index `from` on, walking by `step`; items are copied. */
function collect<T>(at: (i: number) => T | undefined, from: number, step: 1 | -1, length: number, limit: number, keep: (item: T) => boolean): Page<T> {
  const data: T[] = [];
  for (let i = from; i >= 0 && i < length; i += step) {
    const item = at(i);
    if (item === undefined || !keep(item)) continue;
    if (data.length === limit) return { object: "list", data: structuredClone(data), has_more: true };
    data.push(item);
  }
  return { object: "list", data: structuredClone(data), has_more: false };
}

/** One page of an ordered list; the `after` cursor is found in the unfiltered order, so a boundary survives items leaving the filter. */
export function paginate<T>(ordered: readonly T[], query: PageQuery, cursorOf: (item: T) => string, keep: (item: T) => boolean = () => true): Page<T> {
  const start = query.after === undefined ? 0 : ordered.findIndex((item) => cursorOf(item) === query.after) + 1;
  if (start === 0 && query.after !== undefined) throw badCursor(query.after);
  return collect((i) => ordered[i], start, 1, ordered.length, query.limit ?? DEFAULT_LIMIT, keep);
}

/** A list's `keep` predicate: every filter field that is set, the page's `limit` and `after` aside, equals the item's. */
export function where(filter: PageQuery): (item: object) => boolean {
  return (item) => Object.entries(filter).every(([key, value]) => key === "limit" || key === "after" || value === undefined || (item as Record<string, unknown>)[key] === value);
}

/** A Map that also keeps its keys in creation order with each key's position: a newest-first page is found in O(1), read in O(page). */
export class OrderedMap<K, V> extends Map<K, V> {
  private readonly order: K[] = [];
  private readonly position = new Map<K, number>();

  override set(key: K, value: V): this {
    if (!this.position.has(key)) {
      this.position.set(key, this.order.length);
      this.order.push(key);
    }
    return super.set(key, value);
  }

  /** One page, newest first, after the `after` key (located in the unfiltered order); `view` maps an entry to the item shown. */
  pageNewestFirst<T>(query: PageQuery, view: (value: V) => T, keep: (item: T) => boolean = () => true): Page<T> {
    const after = query.after as K | undefined;
    const at = after === undefined ? this.order.length : this.position.get(after);
    if (at === undefined || (after !== undefined && !this.has(after))) throw badCursor(String(after));
    const item = (i: number) => {
      const value = this.get(this.order[i] as K);
      return value === undefined ? undefined : view(value); // undefined: deleted
    };
    return collect(item, at - 1, -1, this.order.length, query.limit ?? DEFAULT_LIMIT, keep);
  }
}
