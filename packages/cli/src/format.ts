import type { CliIO } from "./io";

/** How a command prints: `table` (human), `json` (machines) or `sse` (event frames, `approvals watch`). */
export type OutputFormat = "table" | "json" | "sse";

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
  /** Prints rows as an aligned table with an upper-case header; `empty` (to stderr) when there are none. */
  table(columns: readonly string[], rows: ReadonlyArray<readonly string[]>, empty: string): void;
  /** Prints `label  value` pairs with the labels aligned. */
  fields(pairs: ReadonlyArray<readonly [string, string]>): void;
  /** Bold text on a color terminal, plain otherwise. */
  bold(text: string): string;
}

/** Creates the printer for one run. */
export function createPrinter(io: CliIO, format: OutputFormat): Printer {
  const color = io.isTTY === true && !io.env.NO_COLOR;
  const bold = (text: string) => (color ? `\u001b[1m${text}\u001b[22m` : text);
  const line = (text = "") => io.stdout(`${text}\n`);
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
      const width = Math.max(...pairs.map(([label]) => label.length));
      for (const [label, value] of pairs) line(`${bold(label.padEnd(width))}  ${value}`);
    },
    bold,
  };
}

/**
 * Lays out rows in columns two spaces apart, padding every cell but the last so trailing
 * whitespace never appears.
 *
 * @example
 * ```ts
 * renderTable(["id", "status"], [["agt_1", "healthy"]]); // ["ID     STATUS", "agt_1  healthy"]
 * ```
 */
export function renderTable(columns: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const all = [columns.map((c) => c.toUpperCase()), ...rows.map((r) => r.map(oneLine))];
  const widths = columns.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  return all.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd(),
  );
}

/** A cell's text: `-` for nothing, newlines flattened so a row stays one line. */
export function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === "") return "-";
  return String(value);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}
