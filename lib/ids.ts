import { randomBytes } from "node:crypto";

// Ids for rows inserted without Prisma, in the shape of Prisma's @default(cuid()): 25
// characters, "c" then base 36 (time, a per-process counter, randomness), so they sort
// roughly in creation order like the rest.

let counter = 0;

export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(8, "0");
  const count = counter.toString(36).padStart(4, "0");
  const random = BigInt(`0x${randomBytes(8).toString("hex")}`)
    .toString(36)
    .padStart(12, "0")
    .slice(-12);
  return `c${time}${count}${random}`;
}
