import { describe, expect, it } from "vitest";
import { apiFieldErrors } from "./api-field-errors.ts";
import {
  formFieldsOf,
  formValuesOf,
  labelOf,
  schemaDefaults,
  settingsOf,
  valueAt,
  withValueAt,
} from "./schema-form.ts";

/** Shaped like the email kind's config as connectors.kinds sends it (z.toJSONSchema, io "input"). */
const mailSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  properties: {
    imap: {
      type: "object",
      description: "Where customer mail is fetched",
      properties: {
        host: { type: "string", minLength: 1, description: "IMAP server host name" },
        port: { type: "integer", minimum: 1, maximum: 65535, default: 993 },
        secure: { type: "boolean", default: true },
      },
      required: ["host"],
    },
    address: { type: "string", format: "email", description: "The support mailbox's address" },
    website: { type: "string", format: "uri" },
    channel: { type: "string", enum: ["email", "phone"] },
    serviceNumbers: { type: "array", items: { type: "string" }, default: [] },
    agentUsernames: {
      type: "object",
      propertyNames: { type: "string", format: "email" },
      additionalProperties: { type: "string", minLength: 1 },
    },
    headers: { type: "object" },
    tls: {
      type: "object",
      default: { rejectUnauthorized: true },
      properties: { rejectUnauthorized: { type: "boolean", default: true } },
    },
    expiresAt: { description: "A date the API coerces" },
  },
  required: ["imap", "address"],
};

describe("fields from a kind's JSON Schema", () => {
  const fields = formFieldsOf(mailSchema);

  it("gives each property an input of its type, with help text and required markers", () => {
    expect(fields.map((field) => [field.name, field.kind, field.required])).toEqual([
      ["imap", "group", true],
      ["address", "text", true],
      ["website", "text", false],
      ["channel", "choice", false],
      ["serviceNumbers", "list", false],
      ["agentUsernames", "pairs", false],
      ["headers", "json", false],
      ["tls", "group", false],
      ["expiresAt", "text", false],
    ]);
    expect(fields[0]).toMatchObject({ help: "Where customer mail is fetched" });
    expect(fields[1]).toMatchObject({ inputType: "email", help: "The support mailbox's address" });
    expect(fields[2]).toMatchObject({ inputType: "url", help: null });
    expect(fields[3]).toMatchObject({ options: ["email", "phone"] });
  });

  it("nests an object's properties as a group, with their paths and rules", () => {
    const imap = fields[0];
    expect(imap?.kind === "group" && imap.fields).toEqual([
      {
        name: "host",
        path: ["imap", "host"],
        help: "IMAP server host name",
        required: true,
        kind: "text",
        inputType: "text",
        minLength: 1,
      },
      {
        name: "port",
        path: ["imap", "port"],
        help: null,
        required: false,
        kind: "number",
        integer: true,
        minimum: 1,
        maximum: 65535,
      },
      { name: "secure", path: ["imap", "secure"], help: null, required: false, kind: "boolean" },
    ]);
  });

  it("has no fields for what is not an object schema", () => {
    expect(formFieldsOf(null)).toEqual([]);
    expect(formFieldsOf({ type: "object", properties: "nonsense" })).toEqual([]);
  });
});

describe("form state", () => {
  const fields = formFieldsOf(mailSchema);

  it("starts a new form with the schema's defaults, nested ones too", () => {
    const values = formValuesOf(fields, {}, schemaDefaults(mailSchema));
    expect(values).toMatchObject({
      imap: { host: "", port: "993", secure: true },
      address: "",
      serviceNumbers: [],
      agentUsernames: [],
      headers: "",
      tls: { rejectUnauthorized: true },
    });
  });

  it("shows stored settings for editing: a map of names as a line each, anything else as JSON", () => {
    const values = formValuesOf(fields, {
      imap: { host: "imap.bank.example", port: 143, secure: false },
      address: "service@bank.example",
      serviceNumbers: ["+4930123456"],
      agentUsernames: { "anna@bank.example": "anna", "ben@bank.example": "ben_support" },
      headers: { "x-team": ["a"] },
    });
    expect(values).toMatchObject({
      imap: { host: "imap.bank.example", port: "143", secure: false },
      address: "service@bank.example",
      serviceNumbers: ["+4930123456"],
      agentUsernames: ["anna@bank.example = anna", "ben@bank.example = ben_support"],
    });
    const json = values.headers;
    expect(typeof json === "string" && (JSON.parse(json) as unknown)).toEqual({ "x-team": ["a"] });
  });

  it("reads and replaces one nested value without touching the rest", () => {
    const values = formValuesOf(fields, { imap: { host: "a" }, address: "x@y.de" });
    const changed = withValueAt(values, ["imap", "host"], "b");
    expect(valueAt(changed, ["imap", "host"])).toBe("b");
    expect(valueAt(values, ["imap", "host"])).toBe("a");
    expect(changed.address).toBe("x@y.de");
  });
});

describe("settings from form state", () => {
  const fields = formFieldsOf(mailSchema);

  it("sends typed values as the schema's types and leaves empty optional fields out", () => {
    const values = formValuesOf(fields, {}, schemaDefaults(mailSchema));
    const filled = withValueAt(
      withValueAt(
        withValueAt(values, ["imap", "host"], " imap.bank.example "),
        ["address"],
        "service@bank.example",
      ),
      ["serviceNumbers"],
      ["+4930123456", "  ", "+4930999"],
    );
    const withPairs = withValueAt(
      filled,
      ["agentUsernames"],
      [" anna@bank.example =  anna ", "", "ben@bank.example=ben"],
    );
    const { settings, problems } = settingsOf(fields, withPairs);
    expect(problems).toEqual({});
    expect(settings).toEqual({
      imap: { host: "imap.bank.example", port: 993, secure: true },
      address: "service@bank.example",
      serviceNumbers: ["+4930123456", "+4930999"],
      agentUsernames: { "anna@bank.example": "anna", "ben@bank.example": "ben" },
      tls: { rejectUnauthorized: true },
    });
  });

  it("names required fields left empty, and numbers, pairs and JSON that do not parse", () => {
    const values = formValuesOf(fields, {}, schemaDefaults(mailSchema));
    const wrong = withValueAt(
      withValueAt(withValueAt(values, ["imap", "port"], "neun"), ["headers"], "{anna"),
      ["agentUsernames"],
      ["anna@bank.example = anna", "ben@bank.example"],
    );
    expect(settingsOf(fields, wrong).problems).toEqual({
      "imap.host": "required",
      "imap.port": "notANumber",
      address: "required",
      agentUsernames: "notAPair",
      headers: "notJson",
    });
  });

  it("takes a decimal comma, as German admins type numbers", () => {
    const numberFields = formFieldsOf({ type: "object", properties: { rate: { type: "number" } } });
    expect(settingsOf(numberFields, { rate: "2,5" }).settings).toEqual({ rate: 2.5 });
  });

  it("leaves out an optional group nobody filled in, so it is not sent half", () => {
    const secrets = formFieldsOf({
      type: "object",
      properties: {
        consumerSecret: { type: "string" },
        oauth1: {
          type: "object",
          properties: { consumerKey: { type: "string" }, accessToken: { type: "string" } },
          required: ["consumerKey", "accessToken"],
        },
      },
      required: ["consumerSecret"],
    });
    expect(
      settingsOf(secrets, { consumerSecret: "s", oauth1: { consumerKey: "", accessToken: "" } }),
    ).toEqual({
      settings: { consumerSecret: "s" },
      problems: {},
    });
    expect(
      settingsOf(secrets, { consumerSecret: "s", oauth1: { consumerKey: "k", accessToken: "" } }).problems,
    ).toEqual({
      "oauth1.accessToken": "required",
    });
  });
});

describe("the API's refusal beside the fields", () => {
  it("splits the message by field path under the given root", () => {
    const message =
      "Invalid config: config.imap.user: Invalid input: expected string, received undefined; config.address: Invalid email address";
    expect(apiFieldErrors(message, "config")).toEqual({
      "imap.user": "Invalid input: expected string, received undefined",
      address: "Invalid email address",
    });
    expect(apiFieldErrors(message, "secrets")).toEqual({});
  });

  it("finds the fields after a note in front", () => {
    expect(
      apiFieldErrors(
        "The stored secrets could not be opened, so enter all of them again. Invalid secrets: secrets.imapPassword: Required",
        "secrets",
      ),
    ).toEqual({ imapPassword: "Required" });
  });

  it("has nothing for a message of another shape", () => {
    expect(apiFieldErrors("No such connector", "config")).toEqual({});
  });
});

describe("labels", () => {
  it("spells a property name as words", () => {
    expect(labelOf("siteUrl")).toBe("Site url");
    expect(labelOf("imapPassword")).toBe("Imap password");
    expect(labelOf("host")).toBe("Host");
  });
});
