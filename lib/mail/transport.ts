import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import "server-only";

/** A rendered mail, as it waits in the queue. */
export type Mail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
};

/** Where mail goes without SMTP_URL outside production. */
export const MAIL_DIR = path.join(process.cwd(), ".data/mail");

const globalForMail = globalThis as unknown as { jingxuanSmtp?: Transporter };

function smtp(url: string): Transporter {
  // One pooled connection set per process; a dead server is retried by the queue, not here.
  globalForMail.jingxuanSmtp ??= nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 2,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return globalForMail.jingxuanSmtp;
}

/**
 * Hands one mail to the SMTP server (or the mail folder), with `messageId` derived from its job,
 * so a receiving server can recognise the same mail should a crash make it arrive twice.
 */
export async function deliver(mail: Mail, messageId: string): Promise<void> {
  const message = { ...mail, from: env.MAIL_FROM, messageId };
  if (env.SMTP_URL) {
    await smtp(env.SMTP_URL).sendMail(message);
    return;
  }
  if (env.NODE_ENV === "production") throw new Error("SMTP_URL is not set: mail waits in the queue");
  const raw = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(message);
  await mkdir(MAIL_DIR, { recursive: true });
  const file = path.join(
    MAIL_DIR,
    `${new Date().toISOString().replace(/[:.]/g, "-")}-${messageId.replace(/\W/g, "")}.eml`,
  );
  await writeFile(file, raw.message as Uint8Array);
  log.info({ to: mail.to, subject: mail.subject, file: `file://${file}` }, "mail written (no SMTP_URL)");
}

/** Closes the SMTP connections (worker shutdown). */
export function closeTransport() {
  globalForMail.jingxuanSmtp?.close();
  globalForMail.jingxuanSmtp = undefined;
}
