import { RouterError } from "./router-error";
import { DEFAULT_LIMIT } from "./paginate";
import type { Page, PageQuery } from "./types";

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
