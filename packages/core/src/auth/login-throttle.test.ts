import { describe, expect, it } from "vitest";
import {
  LOGIN_THROTTLE,
  accountDelayMs,
  checkLoginThrottle,
  type LoginThrottleState,
} from "./login-throttle.ts";

const now = new Date("2026-12-03T10:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const quiet: LoginThrottleState = {
  accountFailures: 0,
  lastAccountFailureAt: null,
  knownAddress: false,
  addressFailures: [],
  overallFailures: [],
};

describe("accountDelayMs", () => {
  it("lets the first few mistakes go, then doubles the wait up to a cap instead of locking", () => {
    const delays = [0, 1, 2, 3, 4, 5, 6, 50].map(accountDelayMs);
    expect(delays.slice(0, LOGIN_THROTTLE.freeFailures)).toEqual([0, 0, 0]);
    expect(delays.slice(3, 7)).toEqual([1000, 2000, 4000, 8000]);
    expect(delays[7]).toBe(LOGIN_THROTTLE.maxDelayMs);
  });
});

describe("checkLoginThrottle", () => {
  it("lets a quiet account in", () => {
    expect(checkLoginThrottle(quiet, now)).toBeNull();
  });

  it("asks an unknown address to wait out the account's delay, and says how long", () => {
    const state = { ...quiet, accountFailures: 5, lastAccountFailureAt: ago(1500) };
    expect(checkLoginThrottle(state, now)).toEqual({ reason: "account-delay", retryAfterSeconds: 3 });
    expect(checkLoginThrottle({ ...state, lastAccountFailureAt: ago(4000) }, now)).toBeNull();
  });

  it("does not delay the account's own known address, however many failures came from elsewhere", () => {
    const state = { ...quiet, accountFailures: 40, lastAccountFailureAt: ago(10), knownAddress: true };
    expect(checkLoginThrottle(state, now)).toBeNull();
    const flood = Array.from({ length: LOGIN_THROTTLE.overallMaxFailures }, () => ago(5));
    expect(checkLoginThrottle({ ...state, overallFailures: flood }, now)).toBeNull();
  });

  it("stops one address that guesses at many accounts until its oldest counted failure ages out", () => {
    const failures = Array.from({ length: LOGIN_THROTTLE.addressMaxFailures }, (_, i) => ago(i * 1000));
    expect(checkLoginThrottle({ ...quiet, knownAddress: true, addressFailures: failures }, now)).toEqual({
      reason: "address-limit",
      retryAfterSeconds: LOGIN_THROTTLE.addressWindowMs / 1000 - (LOGIN_THROTTLE.addressMaxFailures - 1),
    });
    expect(checkLoginThrottle({ ...quiet, addressFailures: failures.slice(1) }, now)).toBeNull();
  });

  it("slows unknown addresses when failures flood in from everywhere", () => {
    const flood = Array.from({ length: LOGIN_THROTTLE.overallMaxFailures }, () => ago(30_000));
    expect(checkLoginThrottle({ ...quiet, overallFailures: flood }, now)).toEqual({
      reason: "overall-limit",
      retryAfterSeconds: 30,
    });
  });
});
