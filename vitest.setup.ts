// Every unit and integration test fails if the code under test calls
// console.error or console.warn while it runs: a warning nobody asserts on is
// either a bug or noise that hides the next real one.
//
// A test that expects a warning says so: it silences and checks the spy, then
// acknowledges the calls by clearing them, e.g.
//   const warn = vi.mocked(console.warn).mockImplementation(() => undefined);
//   ... code that warns ...
//   expect(warn).toHaveBeenCalledWith(expect.stringContaining("..."));
//   warn.mockClear();
import { format } from "node:util";
import { afterEach, beforeEach, vi, type MockInstance } from "vitest";

const GUARDED = ["error", "warn"] as const;
type Guarded = (typeof GUARDED)[number];

let spies: [Guarded, MockInstance<(...args: unknown[]) => void>][] = [];

beforeEach(() => {
  // Called through: the output still shows in the test log.
  spies = GUARDED.map((method) => [method, vi.spyOn(console, method)]);
});

afterEach(() => {
  const logged = spies.flatMap(([method, spy]) =>
    spy.mock.calls.map((args) => `console.${method}: ${format(...args)}`),
  );
  for (const [, spy] of spies) spy.mockRestore();
  spies = [];
  if (logged.length > 0) {
    throw new Error(
      `The test logged ${logged.length === 1 ? "a message" : `${logged.length} messages`} it does not expect ` +
        `(assert and clear the console spy if it is intended):\n${logged.map((line) => `  ${line}`).join("\n")}`,
    );
  }
});
