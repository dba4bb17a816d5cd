import { system } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { db } from "@/lib/db";
import { redisHealth } from "@/lib/redis";

export const dynamic = "force-dynamic";

// Without the database this server cannot serve (503); without Redis it still serves with
// per-process limits, cache and live events ("degraded", 200).
export const GET = route(system.health, async () => {
  const [database, redis] = await Promise.all([
    db.$queryRaw`SELECT 1`.then(
      () => "ok" as const,
      () => "unavailable" as const,
    ),
    redisHealth(),
  ]);
  const isServing = database === "ok";
  return Response.json(
    { status: isServing && redis !== "unavailable" ? "ok" : "degraded", database, ...(redis && { redis }) },
    { status: isServing ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
});
