// The write both fault tests expect to fail: an editor records the USA's CCM
// accession (a row the seed does not have), through the app's own write code.
import { recordAction } from "@/lib/admin/record-action";

/** The error the write failed with, or null if it was saved (which the tests then refuse). */
export function failureOfAWrite(): Promise<unknown> {
  return recordAction(
    { id: 1, email: "faults@test.invalid", name: "Faults", role: "editor" },
    {
      treaty: "ccm",
      state: "USA",
      type: "accession",
      depositedOn: "2021-01-05",
      effectiveOn: null,
      effectDeferred: false,
      source: "https://example.org/faults",
      confidence: "confirmed",
      note: null,
    },
  ).then(
    () => null,
    (error: unknown) => error,
  );
}
