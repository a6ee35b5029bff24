import { expect, test } from "./fixtures";

type Entry = {
  iso3: string;
  status: string;
  withdrawalPending: boolean;
  consentType: string | null;
  entryIntoForceOn: string | null;
  withdrawalNoticeOn: string | null;
  withdrawalEffectiveOn: string | null;
  annotations: { type: string }[];
};
type Body = { treaty: string; asOf: string; counting: string; counts: Record<string, number>; states: Entry[] };

test.describe("GET /api/v1/treaties/{slug}/status", () => {
  test("reproduces the campaign's count on the day Niue acceded to the CCM", async ({ request }) => {
    const response = await request.get("/api/v1/treaties/ccm/status?asOf=2020-08-06");
    expect(response.status()).toBe(200);
    const body = (await response.json()) as Body;
    expect(body).toMatchObject({ treaty: "ccm", asOf: "2020-08-06", counting: "deposit" });
    expect(body.counts).toMatchObject({ statesParties: 109, signatories: 13, total: 197 });
    expect(body.states).toHaveLength(197);
    expect(body.states.find((s) => s.iso3 === "NIU")).toMatchObject({
      status: "party",
      consentType: "accession",
      entryIntoForceOn: "2021-02-01",
    });
  });

  test("resolves aliases and counts from entry into force on request", async ({ request }) => {
    const body = (await (
      await request.get("/api/v1/treaties/mbt/status?asOf=2025-06-01&counting=in-force")
    ).json()) as Body;
    expect(body).toMatchObject({ treaty: "mine-ban-treaty", counting: "in-force" });
    // In force on 1 Jun 2025: the 164 States Parties of 2020 (campaign text), and the Marshall Islands,
    // the 165th by deposit, still counted a signatory; the rest of the 197 states not party.
    expect(body.counts).toEqual({ statesParties: 164, signatories: 1, notParty: 32, withdrawn: 0, total: 197 });
    // Ratified 12 Mar 2025, in force 1 Sep 2025: not yet a party by entry into force.
    expect(body.states.find((s) => s.iso3 === "MHL")?.status).toBe("signatory");
  });

  test("shows a pending withdrawal, then the withdrawal, and a suspension as an annotation", async ({ request }) => {
    const pending = (await (
      await request.get("/api/v1/treaties/cluster-munitions/status?asOf=2025-01-01")
    ).json()) as Body;
    expect(pending.states.find((s) => s.iso3 === "LTU")).toMatchObject({
      status: "party",
      withdrawalPending: true,
      withdrawalNoticeOn: "2024-09-06",
      withdrawalEffectiveOn: "2025-03-06",
    });
    const after = (await (await request.get("/api/v1/treaties/ccm/status?asOf=2025-03-06")).json()) as Body;
    expect(after.states.find((s) => s.iso3 === "LTU")?.status).toBe("withdrawn");
    expect(after.counts.withdrawn).toBe(1);

    const mbt = (await (await request.get("/api/v1/treaties/mine-ban-treaty/status?asOf=2025-08-01")).json()) as Body;
    expect(mbt.states.find((s) => s.iso3 === "UKR")).toMatchObject({
      status: "party",
      withdrawalPending: false,
      annotations: [{ type: "suspension" }],
    });
  });

  test("answers bad input with an error naming the parameter", async ({ request }) => {
    for (const [url, status, parameter] of [
      ["/api/v1/treaties/ccm/status?asOf=2020-02-30", 400, "asOf"],
      ["/api/v1/treaties/ccm/status?asOf=1990-01-01", 400, "asOf"],
      ["/api/v1/treaties/ccm/status?asOf=3020-01-01", 400, "asOf"],
      ["/api/v1/treaties/ccm/status?counting=ratified", 400, "counting"],
      ["/api/v1/treaties/no-such-treaty/status", 404, "slug"],
    ] as const) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(status);
      const body = (await response.json()) as { error: { parameter: string; message: string } };
      expect(body.error.parameter, url).toBe(parameter);
      expect(body.error.message, url).toContain(parameter);
    }
  });
});
