// Runs once when a Next.js server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { startLikeFolder } = await import("@/lib/comments/like-folder");
  startLikeFolder();
}
