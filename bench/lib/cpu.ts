// CPU time used by a server's process group (Linux /proc), to report CPU ms per request:
// a figure that other load on the machine disturbs much less than req/s.
import { groupProcesses } from "./process-group";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** User + system CPU ms of every process in group `pgid`, or null where /proc is not there. */
export function groupCpuMs(pgid: number): number | null {
  const processes = groupProcesses(pgid);
  if (!processes) return null;
  const ticks = processes.reduce((sum, p) => sum + Number(p.stat[11]) + Number(p.stat[12]), 0);
  return (ticks * 1000) / TICKS_PER_SECOND;
}
