import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstNameOf, renderPlaceholders } from "./render-placeholders.ts";

const values = {
  "customer.firstName": "Anna",
  "customer.name": "Anna Schneider",
  "agent.name": "Nina Krause",
};

describe("renderPlaceholders", () => {
  it("fills the customer's and the agent's names", () => {
    expect(
      renderPlaceholders(
        "Hallo {{customer.firstName}}, hier ist {{agent.name}} ({{customer.name}}).",
        values,
      ),
    ).toEqual({ text: "Hallo Anna, hier ist Nina Krause (Anna Schneider).", unresolved: [] });
  });

  it("accepts spaces inside the braces and repeats", () => {
    expect(renderPlaceholders("{{ agent.name }} / {{agent.name}}", values).text).toBe(
      "Nina Krause / Nina Krause",
    );
  });

  it("leaves unknown placeholders visible and reports them once", () => {
    expect(renderPlaceholders("Vertrag {{contract.id}} und {{contract.id}}", values)).toEqual({
      text: "Vertrag {{contract.id}} und {{contract.id}}",
      unresolved: ["{{contract.id}}"],
    });
  });

  it("leaves a known placeholder visible when its value is missing or blank", () => {
    expect(renderPlaceholders("Hallo {{customer.firstName}}", { "customer.firstName": null })).toEqual({
      text: "Hallo {{customer.firstName}}",
      unresolved: ["{{customer.firstName}}"],
    });
    expect(renderPlaceholders("{{agent.name}}", { "agent.name": "  " }).unresolved).toEqual([
      "{{agent.name}}",
    ]);
  });

  it("does not treat object keys or odd braces as placeholders", () => {
    expect(renderPlaceholders("{{constructor}} {{__proto__}} {{}} {single} }}{{", values)).toEqual({
      text: "{{constructor}} {{__proto__}} {{}} {single} }}{{",
      unresolved: ["{{constructor}}"],
    });
  });

  it("inserts values literally, even when they look like replacement patterns", () => {
    expect(renderPlaceholders("{{customer.name}}", { "customer.name": "$& $1 {{agent.name}}" }).text).toBe(
      "$& $1 {{agent.name}}",
    );
  });

  it("never throws and keeps text without placeholders unchanged", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const rendered = renderPlaceholders(text, values);
        if (!text.includes("{{")) expect(rendered.text).toBe(text);
      }),
    );
  });
});

describe("firstNameOf", () => {
  it("takes the first word that is not a title", () => {
    expect(firstNameOf("Anna Schneider")).toBe("Anna");
    expect(firstNameOf("Dr. Jürgen Weiß")).toBe("Jürgen");
    expect(firstNameOf("Frau Prof. Dr. Lea Berg")).toBe("Lea");
  });

  it("has none for a caller named after the number, or no name", () => {
    expect(firstNameOf("+49 171 1234567")).toBeNull();
    expect(firstNameOf("")).toBeNull();
    expect(firstNameOf(null)).toBeNull();
  });
});
