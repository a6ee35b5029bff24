import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TreatyHistorySection } from "@/components/states/treaty-history";
import { getStateHistory } from "@/lib/data/state-history";
import { treatyNames } from "@/lib/views/treaty-wording";

export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ iso3: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const history = await getStateHistory((await params).iso3);
  if (!history) return { title: "State not found" };
  return {
    title: `${history.shortName}: treaty history`,
    description: `${history.depositaryName} in ${treatyNames(history.treaties.map((t) => t.shortName))}: every signature, instrument and withdrawal, with sources.`,
  };
}

export default async function StatePage({ params }: Props) {
  const history = await getStateHistory((await params).iso3);
  if (!history) notFound();
  return (
    <>
      <h1>{history.shortName}</h1>
      <p className="lede">
        {/* The depositary's name where it differs from the common one ("Türkiye" vs "Republic of Türkiye"...). */}
        {history.depositaryName !== history.shortName && `${history.depositaryName} · `}ISO {history.iso3} /{" "}
        {history.iso2}
        {history.unMember ? " · UN member" : " · not a UN member"}
      </p>
      <p className="no-print">
        Download this history, every treaty:{" "}
        <a href={`/states/${history.iso3}/download?format=csv`} download>
          CSV
        </a>{" "}
        ·{" "}
        <a href={`/states/${history.iso3}/download?format=json`} download>
          JSON
        </a>
      </p>
      {history.treaties.map((treaty) => (
        // Today's history, served for a minute into the next day too: every day from now on.
        <TreatyHistorySection key={treaty.slug} history={treaty} shows={{ from: history.asOf, until: null }} />
      ))}
    </>
  );
}
