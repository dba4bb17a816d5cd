// The processes of a server's process group, from Linux /proc: what CPU and memory figures
// are summed over.
import { readdirSync, readFileSync } from "node:fs";

/**
 * The /proc directory and `stat` fields (after the command name) of every process in group
 * `pgid`, or null where /proc is not there.
 */
export function groupProcesses(pgid: number): { dir: string; stat: string[] }[] | null {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return null;
  }
  const found: { dir: string; stat: string[] }[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const raw = readFileSync(`/proc/${entry}/stat`, "utf8");
      const stat = raw.slice(raw.lastIndexOf(")") + 2).split(" ");
      if (Number(stat[2]) === pgid) found.push({ dir: `/proc/${entry}`, stat });
    } catch {
      // The process ended meanwhile.
    }
  }
  return found;
}
