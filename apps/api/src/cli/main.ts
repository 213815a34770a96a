import { parseArgs } from "node:util";
import { runtimeConfig } from "../runtime-config.ts";
import { runDemo } from "./demo-command.ts";
import { runHoldingsImport } from "./holdings-command.ts";
import { runCustomersImport } from "./customers-command.ts";
import { runImport } from "./import-command.ts";
import { runMigrate } from "./migrate-command.ts";
import { runSeed } from "./seed-command.ts";
import { runUserCreate } from "./user-create-command.ts";

const USAGE = `emma <command> [options]

Commands:
  demo                      Start Emma on its embedded database, seeded with demo data on first start
  serve                     Start the API (and the built console) without seeding
  migrate                   Bring the database schema up to date
  seed [--customers N] [--seed S]
                            Load deterministic demo data (N customers, default 300; up to 100000)
  import [--connector ID] PATH...
                            Import mail history (mbox file, .eml file or folder of .eml files) into
                            an email connector's timeline, with the original dates; safe to re-run
  import holdings FILE --source SYSTEM
                            Import accounts and products from a system of record's CSV export
                            (";" or "," separated, German or English numbers); safe to re-run.
                            Lists the lines it could not link to a customer and exits 1 if any
  import customers FILE --source SYSTEM
                            Import people (customer number, name, date of birth, address) from a
                            system of record's CSV export; safe to re-run. Starts a sweep for
                            duplicates. Lists the lines it could not import and exits 1 if any
  user:create --email E --name N --role agent|supervisor|admin
                            Create a user; the password is read from EMMA_PASSWORD or asked for

The database is PostgreSQL when DATABASE_URL is set, the embedded PGlite in .emma-data/ otherwise.`;

const [command, ...rest] = process.argv.slice(2);
const config = runtimeConfig(process.env);

try {
  switch (command) {
    case "demo":
      await runDemo(config);
      break;
    case "serve": {
      const { startApi } = await import("../start-api.ts");
      await startApi(config);
      break;
    }
    case "migrate":
      await runMigrate(config);
      break;
    case "seed": {
      const { values } = parseArgs({
        args: rest,
        options: { customers: { type: "string" }, seed: { type: "string" } },
      });
      await runSeed(config, { customers: Number(values.customers ?? 300), seed: Number(values.seed ?? 42) });
      break;
    }
    case "import": {
      if (rest[0] === "customers") {
        const { values, positionals } = parseArgs({
          args: rest.slice(1),
          allowPositionals: true,
          options: { source: { type: "string" } },
        });
        process.exitCode = await runCustomersImport(config, { source: values.source, paths: positionals });
        break;
      }
      if (rest[0] === "holdings") {
        const { values, positionals } = parseArgs({
          args: rest.slice(1),
          allowPositionals: true,
          options: { source: { type: "string" } },
        });
        process.exitCode = await runHoldingsImport(config, { source: values.source, paths: positionals });
        break;
      }
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { connector: { type: "string" } },
      });
      await runImport(config, { connector: values.connector, paths: positionals });
      break;
    }
    case "user:create": {
      const { values } = parseArgs({
        args: rest,
        options: {
          email: { type: "string" },
          name: { type: "string" },
          role: { type: "string" },
          locale: { type: "string" },
        },
      });
      await runUserCreate(config, values);
      break;
    }
    case undefined:
    case "help":
    case "--help":
      console.log(USAGE);
      break;
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      process.exitCode = 2;
  }
} catch (error) {
  console.error(`emma ${command ?? ""}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
