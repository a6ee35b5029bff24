import type { Metadata } from "next";
import Link from "next/link";
import { FreshnessNote } from "@/components/treaties/freshness-note";
import { getTreatySnapshots } from "@/lib/data/treaty-snapshots";
import { todayIso } from "@/lib/domain/dates";
import { formatDate } from "@/lib/format";
import { laterJoinerWording, withdrawalWording } from "@/lib/views/treaty-wording";

// Rendered per request (cheap: the treaties are in memory); a static page would need the database at build time.
export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Treaties",
  description: "Every treaty tracked here: who has joined, who remains outside, the rules behind each number.",
};

export default async function TreatiesPage() {
  const treaties = await getTreatySnapshots();
  const today = todayIso();
  return (
    <>
      <h1>Treaties</h1>
      <p className="lede">
        Every treaty tracked here, each computed from its UN depositary record with a source for every action.
      </p>
      <ul className="treaty-cards" aria-label="Treaties">
        {treaties.map((treaty) => (
          <li key={treaty.slug} className="treaty-card" aria-labelledby={`treaty-${treaty.slug}`}>
            <h2 id={`treaty-${treaty.slug}`}>
              <Link href={`/treaties/${treaty.slug}`}>{treaty.shortName}</Link>
            </h2>
            {treaty.officialName !== treaty.shortName && <p className="muted">{treaty.officialName}</p>}
            <p>
              Opened for signature on {formatDate(treaty.rules.openedForSignatureOn)}, in force since{" "}
              {formatDate(treaty.rules.entryIntoForceOn)}; for a state that joins later, in force{" "}
              {laterJoinerWording(treaty.rules.laterJoiners)}. A withdrawal takes effect{" "}
              {withdrawalWording(treaty.rules.withdrawalNoticeMonths)}. Depositary: UN Secretary-General,{" "}
              <a href={treaty.depositaryUrl}>{treaty.depositaryReference}</a>.
            </p>
            <FreshnessNote checkedOn={treaty.depositaryCheckedOn} shows={{ from: today, until: null }} />
            <ul>
              <li>
                <Link href={`/treaties/${treaty.slug}/outside`}>Who remains outside</Link>
              </li>
              <li>
                {/* A file and an API answer, not pages: plain links, never prefetched. */}
                <a href={`/treaties/${treaty.slug}/download?format=csv`} download>
                  CSV of every state&apos;s status
                </a>
              </li>
              <li>
                {/* oxlint-disable-next-line next/no-html-link-for-pages */}
                <a href={`/api/v1/treaties/${treaty.slug}/status`}>JSON status</a> (<Link href="/api">JSON API</Link>)
              </li>
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
