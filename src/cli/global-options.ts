// Options every command accepts, before or after the command name:
//   watchfloor --data D ingest X   ==   watchfloor ingest X --data D
import { Command, Option } from "commander";
import { openStore, type Store } from "../store/open-store.js";

export function withGlobalOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option("--data <dir>", "folder of the embedded database (env WATCHFLOOR_DATA, default ./.watchfloor)"))
    .addOption(
      new Option("--database-url <url>", "use a PostgreSQL server instead of the embedded database (env WATCHFLOOR_DATABASE_URL)"),
    );
}

export interface GlobalOpts {
  data?: string;
  databaseUrl?: string;
}

export async function openFromOptions(cmd: Command): Promise<Store> {
  const o = cmd.optsWithGlobals<GlobalOpts>();
  return openStore({ dataDir: o.data ?? null, databaseUrl: o.databaseUrl });
}

/** Opens the store, runs fn, and always closes the store (so the embedded database is left clean). */
export async function withStore<T>(cmd: Command, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openFromOptions(cmd);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
