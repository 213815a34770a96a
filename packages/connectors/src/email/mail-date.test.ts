import { describe, expect, it } from "vitest";
import { parseMailDate, parseReceivedDate } from "./mail-date.ts";

describe("parseMailDate", () => {
  it.each([
    ["Fri, 21 Nov 1997 09:55:06 -0600", "1997-11-21T15:55:06.000Z"],
    ["21 Nov 97 09:55:06 GMT", "1997-11-21T09:55:06.000Z"],
    ["Thu, 13 Feb 1969 23:32:54 -0330", "1969-02-14T03:02:54.000Z"],
    ["Wed, 9 Jan 2002 19:47:50 MST", "2002-01-10T02:47:50.000Z"],
    ["Wed, 28 May 2014 17:18:19 +0900 (JST)", "2014-05-28T08:18:19.000Z"],
    ["Tue, 12 Oct 2010 16:21:05 H0500", "2010-10-12T16:21:05.000Z"],
    ["2008-09-20T17:04:30+03:00", "2008-09-20T14:04:30.000Z"],
    ["Fri, 21 Nov 1997 09(comment): 55 : 06 -0600", "1997-11-21T15:55:06.000Z"],
  ])("%s", (value, iso) => {
    expect(parseMailDate(value)?.toISOString()).toBe(iso);
  });

  it.each(["", "Thu,", "Wed, 15 Dec 2010 59:10 -0500", "Pn, 29 paX 2007 21:13:00 +0100", "2008-09-20 17:04"])(
    "cannot read %j and does not guess",
    (value) => {
      expect(parseMailDate(value)).toBeUndefined();
    },
  );

  it("reads the date of a Received header", () => {
    const received =
      "from mx.example ([192.0.2.1]) by mail.bank.example; Tue, 16 Feb 2021 00:57:06 +0000 (UTC)";
    expect(parseReceivedDate(received)?.toISOString()).toBe("2021-02-16T00:57:06.000Z");
  });
});
