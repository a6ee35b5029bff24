// The accounts the e2e databases are given (e2e/prepare-database.ts), for the
// admin journeys. Test-only credentials on throwaway databases.
export const E2E_ADMIN = { email: "admin@e2e.test", name: "Ada Admin", password: "e2e admin passphrase" } as const;
export const E2E_EDITOR = {
  email: "editor@e2e.test",
  name: "Edith Editor",
  password: "e2e editor passphrase",
} as const;

/**
 * Actions the admin server's database starts without, so the journeys can
 * record them as an editor would have on the day: Niue's CCM accession
 * (6 Aug 2020, the 109th State Party: the journey), Vanuatu's (5 Sep 2025: the
 * two-instance check) and South Sudan's (3 Aug 2023: the replayed requests,
 * which must not record it), and Tonga's accession to the Mine Ban Treaty
 * (25 Jun 2025, the 166th: the depositary check finds it missing).
 */
export const MISSING_ON_ADMIN_SERVER = [
  { treaty: "ccm", state: "NIU", type: "accession", depositedOn: "2020-08-06" },
  { treaty: "ccm", state: "VUT", type: "accession", depositedOn: "2025-09-05" },
  { treaty: "ccm", state: "SSD", type: "accession", depositedOn: "2023-08-03" },
  { treaty: "mine-ban-treaty", state: "TON", type: "accession", depositedOn: "2025-06-25" },
] as const;

/**
 * Obligation events the admin server's database starts without: the United
 * Kingdom's declaration that Mine Ban Treaty clearance (Falklands) concluded on
 * 14 Nov 2020 (UK statement to the Eighteenth Meeting), recorded by the journey.
 */
export const OBLIGATIONS_MISSING_ON_ADMIN_SERVER = [
  { treaty: "mine-ban-treaty", state: "GBR", kind: "clearance", type: "completed", eventOn: "2020-11-14" },
] as const;
