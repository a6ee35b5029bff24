import { connection } from "next/server";
import { TreatySummaryCard } from "@/components/treaties/treaty-summary-card";
import { getTreatySummaries } from "@/lib/data/treaties";
import { formatDate } from "@/lib/format";

export default async function HomePage() {
  await connection(); // counts are "as of today": render per request, never at build time
  const treaties = await getTreatySummaries();
  const asOf = treaties[0]?.asOf;
  return (
    <>
      <h1>Who has joined the treaties</h1>
      {asOf && <p>As of {formatDate(asOf)}, counting each State Party from the deposit of its instrument.</p>}
      <ul className="treaty-cards" aria-label="Treaties">
        {treaties.map((treaty) => (
          <TreatySummaryCard key={treaty.slug} treaty={treaty} />
        ))}
      </ul>
    </>
  );
}
