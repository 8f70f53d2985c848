import { Command, InvalidArgumentError, Option } from "commander";
import { readAudit } from "../../store/audit.js";
import { parseClearance, tlpOf } from "../../store/tlp.js";
import { addUser, createToken, listUsers, parseRole, removeUser, revokeTokens } from "../../store/users.js";
import { withGlobalOptions, withStore } from "../global-options.js";
import { clean, table } from "../table.js";

const clearanceArg = (v: string) => {
  try {
    return parseClearance(v);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
};

export function userCommands(): Command[] {
  const user = new Command("user").description("users of the server: roles and TLP clearances");
  user.addCommand(
    withGlobalOptions(new Command("add"))
      .description("add a user (or change an existing user's role and clearance)")
      .argument("<name>", "user name")
      .addOption(new Option("--role <role>", "viewer reads; analyst also ingests and reviews; admin also manages").choices(["viewer", "analyst", "admin"]).makeOptionMandatory())
      .addOption(new Option("--clearance <tlp>", "highest TLP the user may read: CLEAR, GREEN, AMBER, AMBER+STRICT or RED").argParser(clearanceArg).makeOptionMandatory())
      .action(async (name: string, opts: { role: string; clearance: 0 | 1 | 2 | 3 | 4 }, cmd: Command) =>
        withStore(cmd, async (store) => {
          await addUser(store, name, parseRole(opts.role), opts.clearance);
          process.stdout.write(`user ${clean(name)}: ${opts.role}, clearance ${tlpOf(opts.clearance)}\n`);
        }),
      ),
  );
  user.addCommand(
    withGlobalOptions(new Command("list"))
      .description("list users")
      .option("--json", "print JSON")
      .action(async (opts: { json?: boolean }, cmd: Command) => {
        const users = await withStore(cmd, listUsers);
        if (opts.json) return void process.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
        process.stdout.write(users.length ? `${table(["name", "role", "clearance", "tokens", "created"], users.map((u) => [u.name, u.role, u.clearance, u.tokens, u.createdAt]))}\n` : "no users\n");
      }),
  );
  user.addCommand(
    withGlobalOptions(new Command("remove"))
      .description("remove a user and their tokens")
      .argument("<name>", "user name")
      .action(async (name: string, _o: unknown, cmd: Command) =>
        withStore(cmd, async (store) => {
          if (await removeUser(store, name)) process.stdout.write(`removed ${clean(name)}\n`);
          else {
            process.stderr.write(`watchfloor: no user "${clean(name)}"\n`);
            process.exitCode = 1;
          }
        }),
      ),
  );

  const token = new Command("token").description("API tokens (stored hashed; shown once)");
  token.addCommand(
    withGlobalOptions(new Command("create"))
      .description("create a token for a user and print it (it cannot be shown again)")
      .argument("<name>", "user name")
      .option("--label <label>", "what the token is for")
      .action(async (name: string, opts: { label?: string }, cmd: Command) =>
        withStore(cmd, async (store) => {
          process.stdout.write(`${await createToken(store, name, opts.label)}\n`);
        }),
      ),
  );
  token.addCommand(
    withGlobalOptions(new Command("revoke"))
      .description("revoke every token of a user")
      .argument("<name>", "user name")
      .action(async (name: string, _o: unknown, cmd: Command) =>
        withStore(cmd, async (store) => {
          process.stdout.write(`revoked ${await revokeTokens(store, name)} tokens of ${clean(name)}\n`);
        }),
      ),
  );

  const audit = withGlobalOptions(new Command("audit"))
    .description("reads of AMBER+STRICT and RED material: who, when, which route, which documents")
    .option("--limit <n>", "most recent first, at most this many", (v) => Number.parseInt(v, 10), 100)
    .option("--json", "print JSON")
    .action(async (opts: { limit: number; json?: boolean }, cmd: Command) => {
      const rows = await withStore(cmd, (store) => readAudit(store, opts.limit));
      if (opts.json) return void process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      process.stdout.write(rows.length ? `${table(["at", "user", "tlp", "route", "objects"], rows.map((r) => [r.at, r.user_name, r.tlp, r.route, JSON.stringify(r.object_ids)]), 60)}\n` : "no audited reads\n");
    });
  return [user, token, audit];
}
