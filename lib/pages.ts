import { AppError } from "@/lib/errors";
import { notFound } from "next/navigation";
import "server-only";

/**
 * `promise`'s value, or the site's 404 page when it fails with not_found. Studio pages also
 * turn forbidden into 404 (`hideForbidden`), so a course one does not teach looks like none.
 */
export async function orNotFound<T>(promise: Promise<T>, { hideForbidden = false } = {}): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof AppError && (err.code === "not_found" || (hideForbidden && err.code === "forbidden")))
      notFound();
    throw err;
  }
}
