// The SMTP port the e2e web server sends mail to (SMTP_URL). Specs that read mail start a
// real SMTP server there (tests/support/smtp.ts); without one, mail waits in the queue.
export const smtpPort = () => Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
