// What the run must undo however it ends (success, error, Ctrl-C): stop the servers it
// started, drop the databases it created. Tasks run last-in first-out.
import { errorMessage, log } from "./log";

type Task = { name: string; fn: () => Promise<void> };
const tasks: Task[] = [];
let running: Promise<void> | null = null;

/** Registers an undo step; the returned function runs it now (once) and unregisters it. */
export function onCleanup(name: string, fn: () => Promise<void>): () => Promise<void> {
  const task = { name, fn };
  tasks.push(task);
  return async () => {
    const i = tasks.indexOf(task);
    if (i < 0) return;
    tasks.splice(i, 1);
    await runTask(task);
  };
}

async function runTask(task: Task) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((_, reject) => {
    timer = setTimeout(() => reject(new Error("took over 30 s")), 30_000);
  });
  try {
    await Promise.race([task.fn(), timeout]);
  } catch (err) {
    log(`cleanup "${task.name}" failed: ${errorMessage(err)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs every registered undo step (once, even if called again meanwhile). */
export function runCleanup(): Promise<void> {
  running ??= (async () => {
    while (tasks.length > 0) await runTask(tasks.pop()!);
  })();
  return running;
}

/** Ctrl-C and SIGTERM clean up before exiting; a second signal exits at once. */
export function installSignalHandlers() {
  let signalled = false;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (signalled) process.exit(130);
      signalled = true;
      log(`${signal}: stopping servers and dropping the bench databases…`);
      void runCleanup().finally(() => process.exit(130));
    });
  }
}
