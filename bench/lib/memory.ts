// Resident memory of a server's process group (Linux /proc), to report what open
// connections cost it.
import { readFileSync } from "node:fs";
import { groupProcesses } from "./process-group";

/** Resident set size in MiB of every process in group `pgid`, or null where /proc is not there. */
export function groupRssMiB(pgid: number): number | null {
  const processes = groupProcesses(pgid);
  if (!processes) return null;
  let kib = 0;
  for (const p of processes) {
    try {
      kib += Number(/^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`${p.dir}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // The process ended meanwhile.
    }
  }
  return kib / 1024;
}
