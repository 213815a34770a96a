import { runtimeConfig } from "./runtime-config.ts";
import { startApi } from "./start-api.ts";

await startApi(runtimeConfig(process.env));
