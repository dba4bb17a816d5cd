import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, t=2, p=1), which OWASP recommends.
export const hashPassword = (password: string) => hash(password);

// Verifying against this for unknown emails keeps both failures equally slow.
const DECOY_HASH = hash("decoy password that matches nothing");

/** True when `password` matches `passwordHash`; spends the same time when there is no hash. */
export async function checkPassword(passwordHash: string | null, password: string): Promise<boolean> {
  const target = passwordHash ?? (await DECOY_HASH);
  const ok = await verify(target, password).catch(() => false);
  return passwordHash !== null && ok;
}
