import type { GET } from "@/app/api/uploads/[id]/route";

/** The raw multipart/form-data body a browser would send, and its Content-Type. */
export async function multipart(bytes: Buffer | string, name = "image.png", type = "image/png") {
  const form = new FormData();
  form.append("file", new Blob([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], { type }), name);
  const req = new Request("http://test.example/api/uploads", { method: "POST", body: form });
  return { body: Buffer.from(await req.arrayBuffer()), contentType: req.headers.get("content-type") };
}

export const idOf = (url: string) => url.replace("/api/uploads/", "");

/** GET /api/uploads/{id} through the route handler `get` (imported by the caller, after its settings). */
export const requestImage = (get: typeof GET, id: string) =>
  get(new Request(`http://test.example/api/uploads/${id}`), { params: Promise.resolve({ id }) });

/** The bytes GET /api/uploads/{id} serves; fails unless it answers 200. */
export async function servedBytes(get: typeof GET, id: string): Promise<Buffer> {
  const res = await requestImage(get, id);
  if (res.status !== 200) throw new Error(`GET /api/uploads/${id} answered ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}
