// The preview table shows every cell from the file as text: a hostile note is never markup or a formula.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ImportRowResult } from "@/lib/admin/import-result";
import { ImportPreviewTable } from "./import-preview";

const base = { state: "NIU", action: "accession", depositedOn: "2020-08-06", reasons: [], changes: [], notes: [] };
const rows: ImportRowResult[] = [
  { ...base, line: 4, outcome: "refused", state: "<b>XYZ</b>", reasons: ["line 4, state: unknown state code XYZ"] },
  {
    ...base,
    line: 2,
    outcome: "changed",
    changes: [{ field: "note", before: "", after: '=HYPERLINK("https://evil.example")' }],
    notes: ['note starts with "=": kept as plain text, never run as a formula'],
  },
];

describe("ImportPreviewTable", () => {
  it("names the file in its caption and gives each row its outcome and reasons", () => {
    const html = renderToStaticMarkup(<ImportPreviewTable fileName="batch.csv" rows={rows} />);
    expect(html).toContain("<caption>Rows of batch.csv, refused rows first</caption>");
    expect(html).toContain('<tr class="import-refused"><td>4</td>');
    expect(html).toContain("<td>Refused</td><td>line 4, state: unknown state code XYZ</td>");
  });

  it("shows cells from the file as escaped text, changes as before → after", () => {
    const html = renderToStaticMarkup(<ImportPreviewTable fileName="batch.csv" rows={rows} />);
    expect(html).toContain("&lt;b&gt;XYZ&lt;/b&gt;");
    expect(html).not.toContain("<b>XYZ");
    expect(html).toContain("<li>note: (empty) → =HYPERLINK(&quot;https://evil.example&quot;)</li>");
  });
});
