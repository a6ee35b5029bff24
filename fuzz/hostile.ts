// Generated hostile values for the fuzz suite (npm run test:fuzz): the inputs
// people and scanners send that no test author would type: script tags, SQL
// fragments, path tricks, huge strings, control characters, dates that do not
// exist, numbers that are not, and plain random text.
import fc from "fast-check";

const NASTY = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "' OR '1'='1' --",
  "1; DROP TABLE treaty_actions; --",
  "../../etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "%00",
  "\u0000",
  "\r\nSet-Cookie: x=1",
  "2020-02-30",
  "2020-13-01",
  "0000-00-00",
  "9999-12-31",
  "-1",
  "1e309",
  "NaN",
  "Infinity",
  "[]",
  "{}",
  "null",
  "undefined",
  "true",
  "${jndi:ldap://x}",
  "\u202e\u0627\u0644",
  "𝕿𝖗𝖊𝖆𝖙𝖞",
  " ",
  "",
];

/** One hostile value: a known nasty one, random text, or something very long. */
export const hostile = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.integer({ min: 5_000, max: 60_000 }).map((n) => "9".repeat(n)) },
  );

/** A date-shaped value, mostly wrong: real, impossible, partial, or out of range. */
export const dateLike = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 }))
      .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
    hostile(),
  );

/** How many generated cases each property runs: enough to find the bad shapes, quick enough for CI. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

/**
 * What is wrong with a refusal (400, 404) in the API's error shape, or null:
 * it must name the parameter, and its message must start with that name. A
 * successful answer has nothing to check here.
 */
export async function refusalProblem(response: Response): Promise<string | null> {
  if (response.status < 400) return null;
  const body = (await response.clone().json()) as { error?: { parameter?: string; message?: string } };
  const { parameter = "", message = "" } = body.error ?? {};
  if (!parameter) return `${response.status} without a parameter: ${JSON.stringify(body)}`;
  return message.startsWith(parameter) ? null : `message does not start with "${parameter}": ${message}`;
}
