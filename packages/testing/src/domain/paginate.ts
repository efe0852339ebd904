import { RouterError } from "./router-error";
import type { Page, PageQuery } from "./types";

/** Default page size of every list. */
export const DEFAULT_LIMIT = 20;

/**
 * Cuts one page out of an ordered list. The `after` cursor is located in the unfiltered order,
 * so a page boundary survives items leaving the filter between two calls (an approval that got
 * decided while a bot pages through pending ones). Items are copied.
 */
export function paginate<T>(
  ordered: readonly T[],
  query: PageQuery,
  cursorOf: (item: T) => string,
  keep: (item: T) => boolean = () => true,
): Page<T> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  let start = 0;
  if (query.after !== undefined) {
    const index = ordered.findIndex((item) => cursorOf(item) === query.after);
    if (index < 0) {
      throw new RouterError(400, "invalid_request", `No item with id '${query.after}' to start after.`, { param: "after" });
    }
    start = index + 1;
  }
  const data: T[] = [];
  let hasMore = false;
  for (let i = start; i < ordered.length; i++) {
    const item = ordered[i] as T;
    if (!keep(item)) continue;
    if (data.length === limit) {
      hasMore = true;
      break;
    }
    data.push(item);
  }
  return { object: "list", data: structuredClone(data), has_more: hasMore };
}

/** Newest first: a copy of `items` reversed (insertion order is creation order). */
export function newestFirst<T>(items: Iterable<T>): T[] {
  return [...items].reverse();
}

/** A list's `keep` predicate: every filter field that is set, the page's `limit` and `after` aside, equals the item's. */
export function where(filter: PageQuery): (item: object) => boolean {
  return (item) => Object.entries(filter).every(([key, value]) => key === "limit" || key === "after" || value === undefined || (item as Record<string, unknown>)[key] === value);
}

/**
 * A Map that also keeps its keys in insertion (creation) order in an array, with each key's
 * position: a newest-first page is found in O(1) and read in O(page), instead of copying and
 * reversing every entry and then scanning for the cursor. Entries are never reordered.
 */
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

  /**
   * One page, newest first, starting after the `after` key (located in the unfiltered order, so
   * a boundary survives items leaving the filter between calls). `view` maps an entry to the
   * item shown; only kept items of the page are copied.
   */
  pageNewestFirst<T>(query: PageQuery, view: (value: V) => T, keep: (item: T) => boolean = () => true): Page<T> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    let index = this.order.length - 1;
    if (query.after !== undefined) {
      const at = this.position.get(query.after as K);
      if (at === undefined || !this.has(query.after as K)) {
        throw new RouterError(400, "invalid_request", `No item with id '${query.after}' to start after.`, { param: "after" });
      }
      index = at - 1;
    }
    const data: T[] = [];
    for (; index >= 0; index -= 1) {
      const value = this.get(this.order[index] as K);
      if (value === undefined) continue; // deleted
      const item = view(value);
      if (!keep(item)) continue;
      if (data.length === limit) return { object: "list", data: structuredClone(data), has_more: true };
      data.push(item);
    }
    return { object: "list", data: structuredClone(data), has_more: false };
  }
}
