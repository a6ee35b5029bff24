// What became of each ticked difference, and whether the data now matches the
// page (then the treaty's "checked as at" date has moved to the page's date).
import type { ApplyOutcome } from "@/lib/admin/depositary-apply";
import { formatDate } from "@/lib/format";

export function DepositaryResults({ outcome, shortName }: { outcome: ApplyOutcome; shortName: string }) {
  const { results, after, checkedOn } = outcome;
  const done = results.filter((result) => result.ok).length;
  const moved = checkedOn.after !== checkedOn.before;
  return (
    <section aria-labelledby="results-heading" className="depositary-results" data-testid="depositary-results">
      <h2 id="results-heading">Applied</h2>
      {results.length > 0 ? (
        <>
          <p>
            {done} of {results.length} applied.
          </p>
          <ul>
            {results.map((result) => (
              <li key={result.id} className={result.ok ? undefined : "field-error"}>
                {result.state}: {result.label}: {result.ok ? result.message : `refused. ${result.message}`}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Nothing was ticked.</p>
      )}
      {after.clean ? (
        <p className="notice notice-saved">
          The data now matches the depositary record as at {formatDate(after.page.statusAsAt)}.
          {moved && ` The ${shortName} is now checked against it: every public page states the new date.`}
        </p>
      ) : (
        <p>
          Differences remain (below): the treaty stays checked as at {formatDate(checkedOn.after)} until none is left.
        </p>
      )}
    </section>
  );
}
