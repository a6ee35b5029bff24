// The freshness sentence every page shows for each treaty: the depositary date the
// data was checked against, and a warning when the view can show a later day.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { IsoDate } from "@/lib/domain/dates";
import type { Period } from "@/lib/domain/periods";
import { FreshnessNote } from "./freshness-note";

const CHECKED = "2026-02-03";
const text = (shows: IsoDate | Period) =>
  renderToStaticMarkup(<FreshnessNote checkedOn={CHECKED} shows={shows} />).replace(/<[^>]+>/g, "");

describe("FreshnessNote", () => {
  it("states the depositary date alone for a date before it", () => {
    expect(text("2020-08-06")).toBe("Checked against the UN depositary record as at 3 Feb 2026.");
  });

  it("states the depositary date alone for the date itself", () => {
    expect(text(CHECKED)).toBe("Checked against the UN depositary record as at 3 Feb 2026.");
  });

  it("warns that later events may be missing for a date after it", () => {
    expect(text("2026-02-20")).toBe(
      "Checked against the UN depositary record as at 3 Feb 2026. Events after 3 Feb 2026 may not be recorded yet.",
    );
  });

  it("decides from the last day of a period a cached page serves", () => {
    expect(text({ from: "2025-12-27", until: "2026-01-09" })).not.toContain("may not be recorded");
    expect(text({ from: "2026-01-10", until: "2026-02-19" })).toContain(
      "Events after 3 Feb 2026 may not be recorded yet.",
    );
  });

  it("warns for an open-ended period (today's page, served on the days that follow)", () => {
    expect(text({ from: "2026-01-10", until: null })).toContain("Events after 3 Feb 2026 may not be recorded yet.");
  });
});
