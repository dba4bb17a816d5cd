// Types of scripts/page-cache.mjs for the TypeScript that tests it.
import type { IncomingMessage, ServerResponse } from "node:http";

export type PageCacheOptions = {
  isEnabled?: boolean;
  freshMs?: number;
  staleMs?: number;
  maxBytes?: number;
  now?: () => number;
};
export type PageCache = {
  handle(req: IncomingMessage, res: ServerResponse, render: () => unknown): Promise<unknown>;
  clear(): void;
  size(): number;
};

export const RENDER_NONCE_HEADER: string;
export const VISITOR_CACHE_CONTROL: string;
export const SIGNED_IN_CACHE_CONTROL: string;
export function createPageCache(options?: PageCacheOptions): PageCache;
