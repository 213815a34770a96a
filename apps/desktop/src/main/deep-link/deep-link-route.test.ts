import { describe, expect, it } from "vitest";
import { deepLinkInArgs, deepLinkRoute, withRoute } from "./deep-link-route.ts";

const APP = "http://127.0.0.1:4400";
const ID = "6f1c1b9e-2d7a-4c55-9a51-0d7a3b1e2f10";

describe("deepLinkRoute", () => {
  it("maps emma:// links to the console's route", () => {
    expect(deepLinkRoute(`emma://conversations/${ID}`, APP)).toBe(`/conversations/${ID}`);
    expect(deepLinkRoute(`emma:///customers/${ID}/`, APP)).toBe(`/customers/${ID}`);
    expect(deepLinkRoute("emma://search?q=M%C3%BCller&channels=email,phone", APP)).toBe(
      "/search?q=M%C3%BCller&channels=email%2Cphone",
    );
    expect(deepLinkRoute("emma://", APP)).toBe("/");
  });

  it("maps the served console's own address by its hash", () => {
    expect(deepLinkRoute(`${APP}/#/conversations/${ID}`, APP)).toBe(`/conversations/${ID}`);
    expect(deepLinkRoute(`${APP}/#/search?q=a+b`, APP)).toBe("/search?q=a+b");
    expect(deepLinkRoute(`${APP}/`, APP)).toBe("/");
  });

  it("refuses other origins, schemes, odd paths and oversized links", () => {
    expect(deepLinkRoute(`https://evil.example/#/conversations/${ID}`, APP)).toBeNull();
    expect(deepLinkRoute(`http://localhost:4400/#/conversations/${ID}`, APP)).toBeNull();
    expect(deepLinkRoute(`http://user:pw@127.0.0.1:4400/#/inbox`, APP)).toBeNull();
    expect(deepLinkRoute(`file:///#/conversations/${ID}`, APP)).toBeNull();
    expect(deepLinkRoute("javascript:alert(1)", APP)).toBeNull();
    expect(deepLinkRoute("emma://conversations/..%2F..%2Fetc", APP)).toBeNull();
    expect(deepLinkRoute("emma://conversations/<script>", APP)).toBeNull();
    expect(deepLinkRoute(`emma://search?q=${"x".repeat(2000)}`, APP)).toBeNull();
    expect(deepLinkRoute("not a url", APP)).toBeNull();
  });
});

describe("deepLinkInArgs", () => {
  it("finds the link a second start was given, in any position", () => {
    expect(deepLinkInArgs(["/opt/Emma/emma", "--flag", `emma://conversations/${ID}`])).toBe(
      `emma://conversations/${ID}`,
    );
    expect(deepLinkInArgs(["/opt/Emma/emma", "http://127.0.0.1:4400/"])).toBeNull();
  });
});

describe("withRoute", () => {
  it("changes only the hash of the window's address", () => {
    expect(withRoute(`${APP}/#/inbox`, `/conversations/${ID}`)).toBe(`${APP}/#/conversations/${ID}`);
    expect(withRoute(APP, "/search?q=a+b")).toBe(`${APP}/#/search?q=a+b`);
    expect(withRoute("", "/inbox")).toBeNull();
  });
});
