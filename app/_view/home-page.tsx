// The home page. Public URL: / (or /?asOf=YYYY-MM-DD), rendered by
// app/on/[asOf]/page.tsx once per date and then served from the cache:
// proxy.ts rewrites / to /on/today and a dated link to /on/{date}.
import Link from "next/link";
import { TableScroll } from "@/components/table-scroll";
import { InvalidDate } from "@/components/treaties/invalid-date";
import { TreatySummaryCard } from "@/components/treaties/treaty-summary-card";
import { getHomeView } from "@/lib/data/home";
import { getEarliestOpening } from "@/lib/data/treaty-snapshots";
import { parseViewSegments } from "@/lib/validations/view-segments";
import { formatDate } from "@/lib/format";
import { ACTION_LABELS } from "@/lib/labels";

/** `asOf` is a date or "today", as in the path. */
export async function HomePage({ asOf }: { asOf: string }) {
  const earliest = await getEarliestOpening();
  const parsed = parseViewSegments({ asOf }, earliest);
  if (!parsed.ok)
    return (
      <InvalidDate
        heading="Who has joined the treaties"
        error={parsed.error}
        action="/"
        min={earliest.openedForSignatureOn}
        showCounting={false}
      />
    );
  const view = await getHomeView(parsed.query.asOf);
  // Today's page is served for a minute, into the next day too: it shows every day from now on.
  const shows = asOf === "today" ? { from: view.asOf, until: null } : view.asOf;
  return (
    <>
      <h1>Who has joined the treaties</h1>
      <p className="lede">
        On {formatDate(view.asOf)}, counting each State Party from the deposit of its instrument. Every number is
        computed from the UN depositary record, as at the date given for each treaty.
      </p>
      <ul className="treaty-cards" aria-label="Treaties">
        {view.treaties.map((treaty) => (
          <TreatySummaryCard
            key={treaty.slug}
            treaty={treaty}
            asOf={asOf === "today" ? null : view.asOf}
            shows={shows}
          />
        ))}
      </ul>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest actions</h2>
        <TableScroll label="Latest actions">
          <table className="latest">
            <caption className="visually-hidden">Latest treaty actions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">State</th>
                <th scope="col">Action</th>
                <th scope="col">Treaty</th>
              </tr>
            </thead>
            <tbody>
              {view.latest.map((action) => (
                <tr key={`${action.treatySlug}-${action.iso3}-${action.type}-${action.depositedOn}`}>
                  <td>
                    <time dateTime={action.depositedOn}>{formatDate(action.depositedOn)}</time>
                  </td>
                  <th scope="row">
                    <Link href={`/states/${action.iso3}`}>{action.shortName}</Link>
                  </th>
                  <td>{ACTION_LABELS[action.type]}</td>
                  <td>{action.treatyShortName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <p>
        <Link href="/regions">Browse by region</Link>, for example{" "}
        <Link href="/regions/campaign/pacific">the Pacific</Link>.
      </p>
    </>
  );
}
