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
    .option("--public", "an explicitly public instance: no token needed, TLP:CLEAR material only, read-only")
    .addHelpText(
      "after",
      `
Every API request needs a token (Authorization: Bearer TOKEN, or HTTP Basic USER:TOKEN), unless --public.
With no users set up, a local admin (clearance RED) is created and the printed URL carries its sign-in token.
Set up users with: watchfloor user add NAME --role analyst --clearance AMBER; watchfloor token create NAME`,
    )
    .action(async (opts: { port: number; host: string; samples?: boolean; log?: boolean; public?: boolean }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOpts>();
      const server = await startServer({ dataDir: g.data ?? null, databaseUrl: g.databaseUrl, port: opts.port, host: opts.host, ingestSamples: opts.samples, logger: opts.log, public: opts.public });
      if (server.samplesAdded) process.stdout.write(`ingested ${server.samplesAdded} sample reports into the empty database\n`);
      process.stdout.write(`Watchfloor is serving on ${server.url}  (Ctrl-C to stop)\n`);
      if (opts.public) process.stdout.write("public instance: anyone can read the TLP:CLEAR material, nothing else\n");
      else if (server.url === server.baseUrl) process.stdout.write("sign in with a token: watchfloor token create USER\n");
      const stop = () => {
        process.stdout.write("stopping\n");
        server.close().then(() => process.exit(0), () => process.exit(1));
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
