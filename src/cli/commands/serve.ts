import { Command, InvalidArgumentError } from "commander";
import { startServer } from "../../serve/start-server.js";
import type { GlobalOpts } from "../global-options.js";
import { withGlobalOptions } from "../global-options.js";

export function serveCommand(): Command {
  return withGlobalOptions(new Command("serve"))
    .description("serve the JSON API (docs/API.md) and the web app")
    .option("--port <port>", "port to listen on", (v) => {
      const n = Number.parseInt(v, 10);
      if (!(n >= 0 && n <= 65535)) throw new InvalidArgumentError("a port number 0–65535");
      return n;
    }, 8080)
    .option("--host <host>", "address to listen on (0.0.0.0 to serve other machines)", "127.0.0.1")
    .option("--samples", "ingest the bundled sample reports first when the database is empty")
    .option("--log", "log every request")
    .action(async (opts: { port: number; host: string; samples?: boolean; log?: boolean }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOpts>();
      const server = await startServer({ dataDir: g.data ?? null, databaseUrl: g.databaseUrl ?? null, port: opts.port, host: opts.host, ingestSamples: opts.samples, logger: opts.log });
      if (server.samplesAdded) process.stdout.write(`ingested ${server.samplesAdded} sample reports into the empty database\n`);
      process.stdout.write(`Watchfloor is serving on ${server.url}  (Ctrl-C to stop)\n`);
      const stop = () => {
        process.stdout.write("stopping\n");
        server.close().then(() => process.exit(0), () => process.exit(1));
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
