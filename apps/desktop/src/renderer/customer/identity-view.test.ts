import { describe, expect, it } from "vitest";
import { identityView } from "./identity-view.ts";

describe("identityView", () => {
  it("shows an e-mail identity's address with the name beside it", () => {
    expect(
      identityView({ kind: "email", value: "anna.schneider@gmx.de", display: "Anna Schneider" }),
    ).toEqual({
      channel: "email",
      value: "anna.schneider@gmx.de",
      name: "Anna Schneider",
      site: null,
      copy: "anna.schneider@gmx.de",
    });
  });

  it("leaves the name out when the mail client wrote the address as the name", () => {
    expect(identityView({ kind: "email", value: "a@b.de", display: "A@B.de" }).name).toBeNull();
    expect(identityView({ kind: "email", value: "a@b.de", display: null }).name).toBeNull();
  });

  it("shows a phone number in international format and copies it as stored", () => {
    const view = identityView({ kind: "phone", value: "+491711234567", display: "0171 1234567" });
    expect(view.value).toBe("+49 171 1234567");
    expect(view.name).toBeNull();
    expect(view.copy).toBe("+491711234567");
  });

  it("keeps a caller name a phone system gave", () => {
    expect(identityView({ kind: "phone", value: "+49301234567", display: "Praxis Dr. Weber" }).name).toBe(
      "Praxis Dr. Weber",
    );
  });

  it("shows an X identity by its @handle, once", () => {
    expect(identityView({ kind: "twitter", value: "1234567890", display: "@anna_schneider" })).toMatchObject({
      value: "@anna_schneider",
      copy: "@anna_schneider",
    });
    expect(identityView({ kind: "twitter", value: "1234567890", display: "anna_schneider" }).value).toBe(
      "@anna_schneider",
    );
  });

  it("names the kind for an X user id without a handle: the id means nothing to people", () => {
    expect(identityView({ kind: "twitter", value: "1234567890", display: null })).toMatchObject({
      value: null,
      copy: "1234567890",
    });
  });

  it("shows a forum identity by username, with its forum", () => {
    expect(identityView({ kind: "forum", value: "community.example.de:4711", display: "anna_s" })).toEqual({
      channel: "forum",
      value: "anna_s",
      name: null,
      site: "community.example.de",
      copy: "anna_s",
    });
    expect(identityView({ kind: "forum", value: "community.example.de:4711", display: null }).value).toBe(
      "4711",
    );
  });

  it("shows a Facebook profile by the person's name, never the opaque page-scoped id", () => {
    expect(identityView({ kind: "facebook", value: "7400112233445566", display: "Anna Schneider" })).toEqual({
      channel: "facebook",
      value: null,
      name: "Anna Schneider",
      site: null,
      copy: "7400112233445566",
    });
  });
});
