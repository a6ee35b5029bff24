import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("the actions cursor", () => {
  it("gives back the row it was made from", () => {
    const cursor = encodeCursor({ depositedOn: "2020-08-06", id: 4321 });
    expect(cursor).toMatch(/^[\w-]+$/);
    expect(decodeCursor(cursor)).toEqual({ depositedOn: "2020-08-06", id: 4321 });
  });

  it.each([
    "",
    "not a cursor",
    "!!!",
    Buffer.from("2020-02-30/1").toString("base64url"),
    Buffer.from("2020-01-01/0").toString("base64url"),
  ])("refuses %j", (text) => {
    expect(decodeCursor(text)).toBeNull();
  });
});
