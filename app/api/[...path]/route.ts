import { errorResponse } from "@/lib/errors";

// GET|POST|PUT|PATCH|DELETE /api/anything-else — anyone: 404 in the API's error shape (not the site's HTML page)
const notFound = async () => errorResponse("not_found", "There is no such API endpoint.");

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
