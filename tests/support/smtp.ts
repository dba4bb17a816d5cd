// A real SMTP server for tests: every mail it accepts, raw. Restartable on the same port.
import { SMTPServer } from "smtp-server";

export type CaughtMail = { to: string[]; raw: string };

export class TestSmtp {
  readonly mails: CaughtMail[] = [];
  private server: SMTPServer | null = null;
  constructor(readonly port: number) {}

  async start() {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["AUTH", "STARTTLS"],
      logger: false,
      onData: (stream, session, done) => {
        let raw = "";
        stream.setEncoding("utf8");
        stream.on("data", (c: string) => (raw += c));
        stream.on("end", () => {
          this.mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          done();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.server = server;
  }

  async stop() {
    const server = this.server;
    this.server = null;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  /** Waits until `predicate` holds for the mails caught so far. */
  async waitFor(predicate: (mails: CaughtMail[]) => boolean, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.mails)) {
      if (Date.now() > deadline) throw new Error(`mail did not arrive within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
