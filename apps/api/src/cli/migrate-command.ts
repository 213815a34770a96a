import type { RuntimeConfig } from "../runtime-config.ts";
import { openConfiguredDatabase } from "../start-api.ts";

export async function runMigrate(config: RuntimeConfig): Promise<void> {
  const database = await openConfiguredDatabase(config);
  await database.close();
  console.log(`Database (${database.kind}) is up to date.`);
}
