import type { ProviderContext } from "../connector.ts";

/** A provider context for tests: the secrets a connector rotates are kept in `saved`, newest last. */
export function providerContext<Config, Secrets>(context: {
  config: Config;
  secrets: Secrets;
}): ProviderContext<Config, Secrets> & { saved: Secrets[] } {
  const saved: Secrets[] = [];
  return {
    ...context,
    saved,
    saveSecrets: (secrets) => {
      saved.push(secrets);
      return Promise.resolve();
    },
  };
}

/** For connectors that never rotate credentials: a call means the connector broke that promise. */
export function refuseRotation(): Promise<void> {
  return Promise.reject(new Error("this connector does not rotate its secrets"));
}
