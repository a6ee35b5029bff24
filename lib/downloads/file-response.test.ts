import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { fileResponse, type DownloadFile } from "./file-response";

const file: DownloadFile = {
  name: "ccm-outside-2020-08-31/un regional",
  json: () => ({ states: [{ name: "Côte d'Ivoire", signedOn: null }] }),
  csv: () => ({
    columns: ["iso3", "name", "signed_on", "withdrawal_pending", "note"],
    rows: [
      { iso3: "CIV", name: "Côte d'Ivoire", signed_on: "2008-12-04", withdrawal_pending: false },
      { iso3: "TUR", name: "Türkiye", signed_on: null, withdrawal_pending: true, note: 'a "quoted", note' },
    ],
  }),
};

describe("fileResponse", () => {
  it("writes a CSV with a UTF-8 byte order mark, a header row, yes/no flags and empty cells for nothing", async () => {
    const response = fileResponse("csv", file);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="ccm-outside-2020-08-31_un_regional.csv"',
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text.split("\n")[0]).toBe("\uFEFFiso3,name,signed_on,withdrawal_pending,note");
    expect(parse(text, { bom: true, columns: true })).toEqual([
      { iso3: "CIV", name: "Côte d'Ivoire", signed_on: "2008-12-04", withdrawal_pending: "no", note: "" },
      { iso3: "TUR", name: "Türkiye", signed_on: "", withdrawal_pending: "yes", note: 'a "quoted", note' },
    ]);
  });

  it("writes plain UTF-8 JSON, without a byte order mark", async () => {
    const response = fileResponse("json", file);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="ccm-outside-2020-08-31_un_regional.json"',
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes[0]).toBe("{".charCodeAt(0));
    expect(JSON.parse(bytes.toString("utf8"))).toEqual({ states: [{ name: "Côte d'Ivoire", signedOn: null }] });
  });
});
