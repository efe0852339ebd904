// Which database errors a PostgreSQL coordination waits through, decided from the error alone: the
// cases the restart and outage suites meet only when the database goes away at the right moment.
import { describe, expect, it } from "vitest";
import { isTransientDatabaseError } from "../src/postgres/index";

describe("isTransientDatabaseError", () => {
  it.each([
    ["a connection exception (SQLSTATE class 08)", { code: "08006" }],
    ["the server shutting down (57P01)", { code: "57P01" }],
    ["a serialization failure (40001)", { code: "40001" }],
    ["a refused socket", { code: "ECONNREFUSED" }],
    ["node-postgres' dropped connection, a plain Error", new Error("Connection terminated unexpectedly")],
    ["node-postgres' connect timeout", new Error("timeout exceeded when trying to connect")],
  ])("waits through %s", (_name, error) => {
    expect(isTransientDatabaseError(error)).toBe(true);
  });

  it.each([
    ["a SQL error (42P01: no such table)", { code: "42P01" }],
    ["a permission error (42501)", { code: "42501" }],
    ["an Error with another message", new Error("duplicate key value violates unique constraint")],
    ["an object without code or message", {}],
    ["a string", "connection terminated"],
    ["null", null],
  ])("does not wait through %s", (_name, error) => {
    expect(isTransientDatabaseError(error)).toBe(false);
  });
});
