import { db } from "@/lib/db";

// GET /api/health — anyone: whether this server can reach its database
export async function GET() {
  const database = await db.$queryRaw`SELECT 1`.then(
    () => "ok" as const,
    () => "unavailable" as const,
  );
  const isOk = database === "ok";
  return Response.json(
    { status: isOk ? "ok" : "degraded", database },
    { status: isOk ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
