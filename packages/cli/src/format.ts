import stringWidth from "string-width";
import type { CliIO } from "./io";

/** How a command prints: `table` (human), `json` (machines), `sse` (event frames, `approvals watch`) or `markdown` (a report to paste, `doctor`). */
export type OutputFormat = "table" | "json" | "sse" | "markdown";

/** Printing helpers bound to one run: colors only on a terminal and without `NO_COLOR`. */
export interface Printer {
  /** The chosen output format. */
  readonly format: OutputFormat;
  /** Prints a line to stdout. */
  line(text?: string): void;
  /** Prints a note to stderr (kept out of stdout so pipes get only data). */
  note(text: string): void;
  /** Prints a value as indented JSON. */
  json(value: unknown): void;
  /** Prints rows as a table aligned by display width with an upper-case header; `empty` (to stderr) when there are none. */
  table(columns: readonly string[], rows: ReadonlyArray<readonly string[]>, empty: string): void;
  /** Prints `label  value` pairs with the labels aligned. */
  fields(pairs: ReadonlyArray<readonly [string, string]>): void;
  /** Bold text on a color terminal, plain otherwise. */
  bold(text: string): string;
  /** A status word colored by what it means (green done, yellow waiting, red failed) when colors are on. */
  status(text: string): string;
  /** An ISO time as a relative age ("3m ago", "in 5m"); `-` for none. */
  age(iso: string | null | undefined): string;
}

const GREEN = new Set(["completed", "approved", "healthy", "active", "ok", "resumed"]);
const YELLOW = new Set(["pending", "escalated", "running", "queued", "awaiting_approval", "degraded", "paused", "dispatched"]);
const RED = new Set(["failed", "rejected", "timeout", "timed_out", "cancelled", "offline", "revoked", "expired", "unhealthy"]);

/** Creates the printer for one run. */
export function createPrinter(io: CliIO, format: OutputFormat): Printer {
  const color = io.isTTY === true && !io.env.NO_COLOR;
  const paint = (open: number, close: number) => (text: string) => (color ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  const bold = paint(1, 22);
  const [green, yellow, red] = [paint(32, 39), paint(33, 39), paint(31, 39)];
  const line = (text = "") => io.stdout(`${text}\n`);
  const now = io.now ?? Date.now;
  return {
    format,
    line,
    note: (text) => io.stderr(`${text}\n`),
    json: (value) => line(JSON.stringify(value, null, 2)),
    table(columns, rows, empty) {
      if (rows.length === 0) {
        io.stderr(`${empty}\n`);
        return;
      }
      const [header = "", ...body] = renderTable(columns, rows);
      line(bold(header));
      for (const text of body) line(text);
    },
    fields(pairs) {
      const width = Math.max(...pairs.map(([label]) => stringWidth(label)));
      for (const [label, value] of pairs) line(`${bold(padEnd(label, width))}  ${value}`);
    },
    bold,
    status: (text) => (GREEN.has(text) ? green(text) : YELLOW.has(text) ? yellow(text) : RED.has(text) ? red(text) : text),
    age: (iso) => relativeAge(iso, now()),
  };
}

/**
 * Lays out rows in columns two spaces apart by display width (CJK and emoji count as two
 * columns, color codes as none), padding every cell but the last so no line ends in spaces.
 *
 * @example
 * ```ts
 * renderTable(["id", "status"], [["agt_1", "healthy"]]); // ["ID     STATUS", "agt_1  healthy"]
 * ```
 */
export function renderTable(columns: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const all = [columns.map((c) => c.toUpperCase()), ...rows.map((r) => r.map(oneLine))];
  const widths = columns.map((_, i) => Math.max(...all.map((r) => stringWidth(r[i] ?? ""))));
  return all.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : padEnd(cell, widths[i]!)))
      .join("  ")
      .trimEnd(),
  );
}

/**
 * An ISO timestamp relative to `now`: "just now", "42s ago", "3m ago", "5h ago", "2d ago", or
 * "in 4m" for the future; the input unchanged when it is not a date, `-` when absent.
 *
 * @example
 * ```ts
 * relativeAge("2026-01-01T00:00:00Z", Date.parse("2026-01-01T00:03:10Z")); // "3m ago"
 * ```
 */
export function relativeAge(iso: string | null | undefined, now: number): string {
  if (iso === null || iso === undefined || iso === "") return "-";
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const seconds = Math.round((now - at) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 5) return "just now";
  const [value, unit] = abs < 60 ? [abs, "s"] : abs < 3600 ? [Math.floor(abs / 60), "m"] : abs < 86_400 ? [Math.floor(abs / 3600), "h"] : [Math.floor(abs / 86_400), "d"];
  return seconds >= 0 ? `${value}${unit} ago` : `in ${value}${unit}`;
}

/** A cell's text: `-` for nothing, newlines flattened so a row stays one line. */
export function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === "") return "-";
  return String(value);
}

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - stringWidth(text)));
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}
