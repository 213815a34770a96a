import { describe, expect, it } from "vitest";
import { parseContentType } from "./content-type.ts";
import { headerValue, parseHeaderBlock, splitHeaderAndBody } from "./mail-headers.ts";

describe("header blocks", () => {
  it("unfolds, lower-cases names and keeps repeated fields in order", () => {
    const headers = parseHeaderBlock(
      "From nobody Thu Jan 1 00:00:00 1970\r\nReceived: by a;\r\n\tMon, 1 Jan 2024 10:00:00 +0000\r\nReceived: by b\r\nSUBJECT : Hallo\r\n",
    );
    expect(headers.get("received")).toEqual(["by a; Mon, 1 Jan 2024 10:00:00 +0000", "by b"]);
    expect(headerValue(headers, "subject")).toBe("Hallo");
    expect(headers.size).toBe(2);
  });

  it("splits header from body at the first empty line", () => {
    expect(splitHeaderAndBody("A: 1\nB: 2\n\nbody\n\nmore")).toEqual({
      header: "A: 1\nB: 2",
      body: "body\n\nmore",
    });
    expect(splitHeaderAndBody("\r\nonly body")).toEqual({ header: "", body: "only body" });
  });

  it("reads content types with quoted parameters", () => {
    const type = parseContentType('Multipart/Report; report-type=delivery-status;\tboundary="a;b=\\"c\\""');
    expect(type.type).toBe("multipart/report");
    expect(type.params.get("report-type")).toBe("delivery-status");
    expect(type.params.get("boundary")).toBe('a;b="c"');
    expect(parseContentType("garbage").type).toBe("text/plain");
  });
});
