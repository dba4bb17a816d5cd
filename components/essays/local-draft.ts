"use client";

import { useSyncExternalStore } from "react";

// The essay being typed, kept in localStorage (per person and essay) until the server
// confirms it, so a closed tab, a lost network or an expired session loses nothing.
// Like components/comments/use-draft.ts, but for a {title, body} pair and with writes
// from outside React (a save that finishes moves or clears the draft).

export type EssayContent = { title: string; body: string };

const memory = new Map<string, string>();
const listeners = new Set<() => void>();

export const draftKey = (viewerId: string, essay: string) => `jingxuan:draft:essay:${viewerId}:${essay}`;
export const sameContent = (a: EssayContent | null, b: EssayContent | null) =>
  a?.title === b?.title && a?.body === b?.body;

function readRaw(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return memory.get(key) ?? null;
  }
}

function parse(raw: string | null): EssayContent | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<EssayContent>;
    return typeof v.title === "string" && typeof v.body === "string" ? { title: v.title, body: v.body } : null;
  } catch {
    return null;
  }
}

export const readDraft = (key: string) => parse(readRaw(key));

export function writeDraft(key: string, value: EssayContent | null) {
  const raw = value ? JSON.stringify({ title: value.title, body: value.body }) : null;
  if (raw) memory.set(key, raw);
  else memory.delete(key);
  try {
    if (raw) window.localStorage.setItem(key, raw);
    else window.localStorage.removeItem(key);
  } catch {
    // NOTE: storage may be full or disabled; the in-memory copy still serves this tab.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener); // another tab typed in the same essay
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

/** The stored draft of `key` (null when none); the server render has none. */
export function useLocalDraft(key: string): EssayContent | null {
  const raw = useSyncExternalStore(
    subscribe,
    () => readRaw(key),
    () => null,
  );
  // Parsed per render: cheap next to rendering the preview, and the raw string is the stable snapshot.
  return parse(raw);
}
