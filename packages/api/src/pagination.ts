import type { MaybeOptionalInit } from "openapi-fetch";
import type {
  OperationOf,
  PathsWithMethod,
  RequiredKeysOf,
  SuccessData,
  XerotierMethod,
} from "./core/typed-methods";
import { APIUserAbortError, InvalidResponseError, XerotierConfigError } from "./errors";

/** The item type of a list operation: the element type of its success body's `data`. */
export type ListItemOf<Paths extends object, Path> =
  SuccessData<OperationOf<Paths, Path, "get">, Record<never, never>> extends { data: ReadonlyArray<infer Item> } ? Item : never;

/** GET paths whose success body is a list (`{ object: "list", data: [...], has_more }`). */
export type ListPaths<Paths extends object> = {
  [P in PathsWithMethod<Paths, "get">]: [ListItemOf<Paths, P>] extends [never] ? never : P;
}[PathsWithMethod<Paths, "get">];

/** The request options of a list call (filters in `params.query`; `limit`/`after` are managed). */
export type ListInit<Paths extends object, Path> =
  Path extends PathsWithMethod<Paths, "get">
    ? NonNullable<MaybeOptionalInit<Paths[Path] & Record<"get", unknown>, "get">>
    : never;

/** Arguments after the path: `init` is optional unless the path has required params. */
export type PaginateArgs<Init> =
  RequiredKeysOf<Init> extends never ? [init?: Init, options?: PaginateOptions] : [init: Init, options?: PaginateOptions];

/** Limits and cancellation for `client.paginate`. */
export interface PaginateOptions {
  /** Stop after this many items in total (the last page is trimmed). */
  maxItems?: number;
  /** Page size sent as `limit` (1–100 on the server). Default: the query's `limit`, else the server's. */
  pageSize?: number;
  /** Aborts the current request and stops before the next page. */
  signal?: AbortSignal;
}

/** One page of a list. */
export interface Page<Item> {
  /** Items of this page (trimmed to `maxItems`). */
  data: Item[];
  /** Whether the server has more items after this page. */
  hasMore: boolean;
  /** The page response's request id. */
  requestId: string | undefined;
  /** The page's raw response. */
  response: Response;
}

/**
 * Async iteration over every item of a list operation, following `after` = last item's id (a tool's
 * `name`, as tools have no id) while
 * `has_more` is true. Each `for await` starts from the first page again.
 */
export interface Paginator<Item> extends AsyncIterable<Item> {
  /** Iterates page by page instead of item by item. */
  pages(): AsyncIterable<Page<Item>>;
  /** Collects every item (bounded by `maxItems`) into an array. */
  toArray(): Promise<Item[]>;
}

/** The part of a client that `client.paginate` needs. */
export interface PaginatableClient<Paths extends object> {
  GET: XerotierMethod<Paths, "get">;
}

interface ListBody {
  data?: unknown;
  has_more?: unknown;
}

/**
 * Iterates any list operation (`limit`/`after` in, `{ object: "list", data, has_more }` out).
 *
 * @example
 * ```ts
 * for await (const approval of paginate(client, "/v1/exec/approvals", { params: { query: { status: "pending" } } }, { maxItems: 50 })) {
 *   console.log(approval.id, approval.risk);
 * }
 * ```
 */
export function paginate<Paths extends object, Path extends ListPaths<Paths>>(
  client: PaginatableClient<Paths>,
  path: Path,
  ...args: PaginateArgs<ListInit<Paths, Path>>
): Paginator<ListItemOf<Paths, Path>> {
  type Item = ListItemOf<Paths, Path>;
  const [init, options = {}] = args as [Record<string, unknown> | undefined, PaginateOptions | undefined];
  const { maxItems, pageSize, signal } = options;
  if (maxItems !== undefined && !(Number.isInteger(maxItems) && maxItems >= 0)) {
    throw new XerotierConfigError(`Invalid \`maxItems\`: expected a non-negative integer, got ${String(maxItems)}.`);
  }
  if (pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize >= 1)) {
    throw new XerotierConfigError(`Invalid \`pageSize\`: expected a positive integer, got ${String(pageSize)}.`);
  }
  const get = client.GET as unknown as (
    path: string,
    init: Record<string, unknown>,
  ) => Promise<{ data: ListBody; response: Response; requestId: string | undefined }>;

  async function* pages(): AsyncGenerator<Page<Item>> {
    const params = (init?.params ?? {}) as Record<string, unknown>;
    const query = (params.query ?? {}) as Record<string, unknown>;
    const baseLimit = pageSize ?? (typeof query.limit === "number" ? query.limit : undefined);
    let after = typeof query.after === "string" ? query.after : undefined;
    let remaining = maxItems ?? Infinity;
    const seen = new Set<string>();
    while (remaining > 0) {
      if (signal?.aborted) throw new APIUserAbortError(undefined, { cause: signal.reason });
      // Ask for no more than is still wanted, so maxItems never over-fetches.
      const limit = remaining === Infinity ? baseLimit : Math.min(baseLimit ?? Math.min(remaining, 100), remaining);
      const page = await get(path as string, {
        ...init,
        ...(signal ? { signal } : {}),
        params: { ...params, query: { ...query, limit, after } },
      });
      const { data, has_more: hasMore } = page.data ?? {};
      if (!Array.isArray(data) || typeof hasMore !== "boolean") {
        throw invalid(page, `${String(path)} did not answer with a list ({ data: [...], has_more })`);
      }
      const items = (data.length > remaining ? data.slice(0, remaining) : data) as Item[];
      remaining -= items.length;
      yield { data: items, hasMore, requestId: page.requestId, response: page.response };
      if (!hasMore || remaining <= 0) return;
      const cursor = cursorOf(data[data.length - 1]);
      // A page that cannot advance the cursor would loop forever: fail loudly instead.
      if (cursor === undefined || seen.has(cursor)) {
        throw invalid(page, `${String(path)} reported has_more but its last item has no new id to continue after`);
      }
      seen.add(cursor);
      after = cursor;
    }
  }

  return {
    [Symbol.asyncIterator]: () => itemsOf(pages()),
    pages,
    async toArray() {
      const all: Item[] = [];
      for await (const page of pages()) all.push(...page.data);
      return all;
    },
  };
}

/**
 * Item-by-item iteration over `source`'s pages. Hand-written rather than `yield* page.data` in an
 * async generator, which costs several promise jobs and a generator resume per item (about ten
 * times the per-item cost of iterating pages); an item already on hand resolves at once. Calls
 * made while a page is being fetched run in call order, as an async generator's would; after
 * return() no item is handed out, not even by a call already waiting for a page.
 */
function itemsOf<Item>(source: AsyncGenerator<Page<Item>>): AsyncIterableIterator<Item> {
  let buffer: readonly Item[] = [];
  let index = 0;
  let finished = false;
  let inFlight: Promise<IteratorResult<Item>> | undefined;

  async function nextItem(): Promise<IteratorResult<Item>> {
    while (index >= buffer.length) {
      if (finished) return { value: undefined, done: true };
      const step = await source.next();
      // `finished` may have been set by return() while this page was on its way: hand out nothing more.
      if (step.done || finished) [finished, buffer, index] = [true, [], 0];
      else [buffer, index] = [step.value.data, 0];
    }
    return { value: buffer[index++]!, done: false };
  }

  const iterator: AsyncIterableIterator<Item> = {
    next() {
      if (inFlight === undefined && index < buffer.length) return Promise.resolve({ value: buffer[index++]!, done: false });
      // After a failed call the source is finished, so the queued call ends the iteration as a generator would.
      const call = inFlight ? inFlight.then(nextItem, nextItem) : nextItem();
      const settled = () => {
        if (inFlight === call) inFlight = undefined;
      };
      inFlight = call;
      call.then(settled, settled);
      return call;
    },
    async return(value?: unknown) {
      [finished, buffer, index] = [true, [], 0];
      await source.return(undefined);
      return { value, done: true };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** The `after` cursor of a list item: its `id`, or its `name` for items without one (tools). */
function cursorOf(item: unknown): string | undefined {
  const { id, name } = (item ?? {}) as { id?: unknown; name?: unknown };
  return typeof id === "string" ? id : typeof name === "string" ? name : undefined;
}

function invalid(page: { response: Response; requestId: string | undefined }, message: string): InvalidResponseError {
  return new InvalidResponseError(`Cannot paginate: ${message}.`, {
    status: page.response.status,
    requestId: page.requestId,
  });
}
