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
