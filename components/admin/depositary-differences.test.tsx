// The differences of a check as the admin sees them: one group per state, a
// labelled box per difference, ticked unless applying it deletes a row; and the
// results of an apply, saying when the data matches the page.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ApplyOutcome } from "@/lib/admin/depositary-apply";
import type { DepositaryCheck } from "@/lib/admin/depositary-records";
import { diffStatusPage } from "@/lib/depositary/diff";
import { parseStatusPage } from "@/lib/depositary/parse-status-page";
import { CCM_PAGE } from "@/lib/depositary/test-pages/pages";
import { DepositaryDifferences } from "./depositary-differences";
import { DepositaryResults } from "./depositary-results";

const page = parseStatusPage(CCM_PAGE);
const diff = diffStatusPage(page, {
  treaty: { shortName: "Convention on Cluster Munitions", depositaryReference: "MTDSG XXVI-6" },
  states: [
    { iso3: "AFG", depositaryName: "Afghanistan", shortName: "Afghanistan" },
    { iso3: "BLZ", depositaryName: "Belize", shortName: "Belize" },
    { iso3: "CIV", depositaryName: "Côte d'Ivoire", shortName: "Côte d'Ivoire" },
    { iso3: "LTU", depositaryName: "Lithuania", shortName: "Lithuania" },
    { iso3: "NLD", depositaryName: "Netherlands (Kingdom of the)", shortName: "Netherlands" },
  ],
  actions: [
    { id: 7, version: 1, stateIso3: "AFG", type: "signature", depositedOn: "2008-12-04", effectiveOn: null },
    { id: 8, version: 1, stateIso3: "AFG", type: "ratification", depositedOn: "2011-09-08", effectiveOn: null },
    { id: 9, version: 2, stateIso3: "CIV", type: "accession", depositedOn: "2020-01-01", effectiveOn: null },
  ],
});
const check: DepositaryCheck = {
  page: { ...page, participants: page.participants.length },
  ...diff,
};
const render = () =>
  renderToStaticMarkup(
    <DepositaryDifferences check={check} checkedOn="2026-02-03" pending={false} onApply={() => undefined} />,
  );

describe("DepositaryDifferences", () => {
  it("groups the differences by state, each box labelled with its change and ticked unless it deletes a row", () => {
    const html = render();
    expect(html).toContain("<legend>Afghanistan</legend>");
    const correction = /<input [^>]*value="differs\.AFG\.signature\.2008-12-03\.7v1"[^>]*\/><label[^>]*>([^<]*)</.exec(
      html,
    );
    expect(correction?.[0]).toContain('checked=""');
    expect(correction?.[1]).toBe("Correct the signature of 4 Dec 2008 to the signature of 3 Dec 2008");
    expect(html).toContain("Differs. The page: signature of 3 Dec 2008. Here: signature of 4 Dec 2008 (");
    const deletion = /<input [^>]*value="not-on-page\.CIV\.consent\.none\.9v2"[^>]*\/>/.exec(html)?.[0];
    expect(deletion).toBeDefined();
    expect(deletion).not.toContain("checked");
    expect(html).toContain("Applying it deletes the row (it stays in the audit log).");
  });

  it("lists the names that match no state, and the withdrawal found in an end note", () => {
    const html = render();
    expect(html).toContain("Names that match no state");
    expect(/<ul data-testid="depositary-unmatched">(.*?)<\/ul>/.exec(html)?.[1]).toBe("<li>Atlantis</li>");
    expect(html).toContain(
      "The page: withdrawal notified 6 Sept 2024, in effect 6 Mar 2025 (end note 2, depositary notification C.N.347.2024.TREATIES-XXVI-6)",
    );
  });
});

describe("DepositaryResults", () => {
  it("says what became of each difference and that the data now matches the page", () => {
    const outcome: ApplyOutcome = {
      results: [{ id: "x", state: "Afghanistan", label: "Correct the signature", ok: true, message: "Corrected." }],
      after: { ...check, differences: [], unmatched: [], problems: [], clean: true },
      checkedOn: { before: "2026-02-03", after: "2026-03-02" },
    };
    const html = renderToStaticMarkup(
      <DepositaryResults outcome={outcome} shortName="Convention on Cluster Munitions" />,
    );
    expect(html).toContain("1 of 1 applied.");
    expect(html).toContain("<li>Afghanistan: Correct the signature: Corrected.</li>");
    expect(html).toContain(
      "The data now matches the depositary record as at 3 Feb 2026. The Convention on Cluster Munitions is now checked against it",
    );
  });
});
