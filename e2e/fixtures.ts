// The `test` every spec uses: a test fails when a page it opened reports an
// error a reader's console would show (an uncaught exception, console.error,
// React's hydration mismatches), even if every assertion passed.
import { test as base, expect, type ConsoleMessage } from "@playwright/test";

const EXPECTED_HTTP_ERRORS = "expected-http-errors";
const EXPECTED_CONSOLE_ERRORS = "expected-console-errors";
const FAILED_RESOURCE = /^Failed to load resource: the server responded with a status of (\d{3})\b/;

/**
 * Lets the current test's pages answer these HTTP statuses (a 404 page, a refused
 * date's 400): Chromium logs each such response as a console error, which the
 * guard then tolerates for exactly these statuses and nothing else.
 */
export function expectHttpErrors(...statuses: number[]): void {
  test.info().annotations.push({ type: EXPECTED_HTTP_ERRORS, description: statuses.join(" ") });
}

/**
 * Lets the current test's pages log errors matching this pattern, for a test
 * that causes them on purpose (one that aborts a request it is replaying).
 */
export function expectConsoleErrors(pattern: RegExp): void {
  test.info().annotations.push({ type: EXPECTED_CONSOLE_ERRORS, description: pattern.source });
}

function isProblem(message: ConsoleMessage): boolean {
  return message.type() === "error" || (message.type() === "warning" && /hydrat/i.test(message.text()));
}

function expectedStatus(text: string, expected: readonly number[]): boolean {
  const status = FAILED_RESOURCE.exec(text)?.[1];
  return status !== undefined && expected.includes(Number(status));
}

export const test = base.extend<{ browserErrors: void }>({
  browserErrors: [
    // On the context, not one page: popups and pages a test opens itself are watched too.
    async ({ context }, use, testInfo) => {
      const seen: { text: string; from: string }[] = [];
      context.on("weberror", (error) =>
        seen.push({ text: String(error.error()), from: `page error on ${error.page()?.url()}` }),
      );
      context.on("console", (message) => {
        if (isProblem(message))
          seen.push({ text: message.text(), from: `console.${message.type()} on ${message.page()?.url()}` });
      });
      await use();
      const expected = testInfo.annotations
        .filter((annotation) => annotation.type === EXPECTED_HTTP_ERRORS)
        .flatMap((annotation) => (annotation.description ?? "").split(" ").map(Number));
      const tolerated = testInfo.annotations
        .filter((annotation) => annotation.type === EXPECTED_CONSOLE_ERRORS)
        .map((annotation) => new RegExp(annotation.description ?? "^$"));
      const problems = seen
        .filter(({ text }) => !expectedStatus(text, expected))
        .filter(({ text }) => !tolerated.some((pattern) => pattern.test(text)))
        .map(({ text, from }) => `${from}: ${text}`);
      expect(problems, "the browser reported errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
