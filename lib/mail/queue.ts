import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { closeTransport, deliver, type Mail } from "@/lib/mail/transport";
import { createHash } from "node:crypto";
import { fromPrisma, PgBoss } from "pg-boss";
import "server-only";

// Mail waits in PostgreSQL (pg-boss, schema "pgboss") until an app server's worker hands it
// to SMTP. A job is inserted in the same transaction as the change that causes it, so a mail
// exists exactly when its cause committed; an SMTP outage only delays it (retries with backoff).

const QUEUE = "mail";
/** Retries: 1 s, 2 s, 4 s … capped at 10 min, for about a day of SMTP outage before a mail fails. */
const RETRY = { retryLimit: 150, retryDelay: 1, retryBackoff: true, retryDelayMax: 600 };

const WORKER_RETRY_MS = 30_000;

type Global = { jingxuanBoss?: Promise<PgBoss>; jingxuanMailWorker?: Promise<unknown> };
const globalForQueue = globalThis as unknown as Global;

function connect(): Promise<PgBoss> {
  globalForQueue.jingxuanBoss ??= (async () => {
    if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
    const boss = new PgBoss({ connectionString: env.DATABASE_URL, max: 3, application_name: "jingxuan-mail" });
    // An unheard "error" event would crash the process. (The cast: @types/node 20.9 has no typed emitters.)
    (boss as unknown as NodeJS.EventEmitter).on("error", (err: Error) =>
      log.warn({ err: err.message }, "mail queue error"),
    );
    await boss.start();
    await boss.createQueue(QUEUE, { ...RETRY, deleteAfterSeconds: 3600 });
    return boss;
  })().catch((err: unknown) => {
    globalForQueue.jingxuanBoss = undefined; // try again on next use
    throw err;
  });
  return globalForQueue.jingxuanBoss;
}

/** This process's pg-boss (the mail queue's), for other background jobs of the app. */
export const backgroundBoss = (): Promise<PgBoss> => connect();

/** A UUID named by `key`: the same cause never queues the same mail twice. */
function jobId(key: string): string {
  const h = createHash("sha256").update(`mail:${key}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Queues `mail` inside `tx`: it is sent once `tx` commits, and never if it rolls back.
 * `key` names the cause (e.g. "reset:<token hash>"); queueing the same key again does nothing.
 */
export async function enqueueMail(
  tx: Prisma.TransactionClient,
  key: string,
  mail: Mail,
  opts: { urgent?: boolean; keepSeconds?: number } = {},
): Promise<void> {
  const boss = await connect();
  // Urgent mail (a password reset someone is waiting for) is fetched before any backlog of notifications.
  const priority = opts.urgent ? 10 : 0;
  // A sent job's row is what makes the same key a no-op; `keepSeconds` keeps it longer than the queue's hour.
  const keep = opts.keepSeconds ? { deleteAfterSeconds: opts.keepSeconds } : {};
  await boss.send({ name: QUEUE, data: mail, options: { id: jobId(key), db: fromPrisma(tx), priority, ...keep } });
}

/** Starts this process's mail worker once (every app server runs one; each job goes to one of them), eight sends at a time. */
export function startMailWorker(): Promise<unknown> {
  globalForQueue.jingxuanMailWorker ??= connect()
    .then((boss) =>
      boss.work<Mail>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 1, localConcurrency: 8 }, async ([job]) => {
        if (!job) return;
        try {
          await deliver(job.data, `<${job.id}@jingxuan.mail>`);
        } catch (err) {
          // pg-boss retries the job; the log says why it waits.
          log.warn({ job: job.id, err: err instanceof Error ? err.message : String(err) }, "mail not sent yet");
          throw err;
        }
      }),
    )
    .catch((err: unknown) => {
      globalForQueue.jingxuanMailWorker = undefined;
      log.error({ err: err instanceof Error ? err.message : String(err) }, "mail worker could not start; retrying");
      setTimeout(() => void startMailWorker(), WORKER_RETRY_MS).unref(); // e.g. the database was down at boot
    });
  return globalForQueue.jingxuanMailWorker;
}

/** Lets a job being sent finish, then closes the queue's and SMTP's connections. */
export async function stopMail(): Promise<void> {
  const pending = globalForQueue.jingxuanBoss;
  globalForQueue.jingxuanBoss = undefined;
  globalForQueue.jingxuanMailWorker = undefined;
  const boss = await pending?.catch(() => undefined);
  await boss?.stop({ graceful: true, timeout: 4_000 });
  closeTransport();
}
