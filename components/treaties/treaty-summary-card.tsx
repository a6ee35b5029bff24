import type { TreatySummary } from "@/lib/data/treaties";

export function TreatySummaryCard({ treaty }: { treaty: TreatySummary }) {
  const { counts } = treaty;
  return (
    <li className="treaty-card" aria-labelledby={`treaty-${treaty.slug}`}>
      <h2 id={`treaty-${treaty.slug}`}>{treaty.shortName}</h2>
      <p>{treaty.officialName}</p>
      <dl className="count-list">
        <dt data-testid={`${treaty.slug}-states-parties`}>{counts.statesParties}</dt>
        <dd>States Parties</dd>
        <dt>{counts.signatories}</dt>
        <dd>signatories</dd>
        <dt>{counts.notParty}</dt>
        <dd>not party{counts.withdrawn > 0 ? ` (${counts.withdrawn} withdrawn)` : ""}</dd>
      </dl>
    </li>
  );
}
