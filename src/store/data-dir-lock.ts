// A lock file in the embedded database's folder: PGlite is a single-process database and two
// processes writing one folder corrupt it. A lock left by a dead process (kill -9) is taken over.
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";

export interface DataDirLock {
  release(): void;
}

export class DataDirBusyError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
  // A killed process that nobody has reaped yet (a zombie) still answers signal 0 on Linux.
  try {
    return !/^State:\s*Z/m.test(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return true;
  }
}

export function acquireDataDirLock(dir: string): DataDirLock {
  const path = join(dir, "watchfloor.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        rmSync(path, { force: true });
      };
      process.on("exit", release);
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = Number.parseInt(readFileSync(path, "utf8").trim(), 10);
      // A lock file with no pid yet is being written by a process that just took it (unless it is old).
      if (!Number.isFinite(pid) && Date.now() - statSync(path).mtimeMs < 10_000) {
        throw new DataDirBusyError(`the database in ${dir} is being opened by another watchfloor process; try again`);
      }
      if (Number.isFinite(pid) && pid !== process.pid && alive(pid)) {
        throw new DataDirBusyError(
          `the database in ${dir} is in use by another watchfloor process (pid ${pid}); wait for it to finish`,
        );
      }
      // The holder died without releasing: its PGlite left a postmaster.pid that would abort the next start.
      rmSync(path, { force: true });
      rmSync(join(dir, "pgdata", "postmaster.pid"), { force: true });
    }
  }
  throw new DataDirBusyError(`cannot lock ${dir}`);
}
