// Types of scripts/edge.mjs for the TypeScript that tests it.
import type { IncomingMessage } from "node:http";

export type Trust = (address: string, hop: number) => boolean;
export type Refusal = { status: number; code: string; message: string; headers: Record<string, string> };

export const ALLOWED_METHODS: string;
export function refusal(req: { method?: string; url?: string }): Refusal | null;
export function parseTrustProxy(value: string | undefined): Trust;
export function clientAddress(req: IncomingMessage, trust: Trust): string;
export function settleForwarding(req: IncomingMessage, trust: Trust): void;
