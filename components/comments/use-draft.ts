"use client";

import { useSyncExternalStore } from "react";

// A text draft kept in localStorage (per key) until the server confirms it, so a failed
// post, a closed tab or an expired session loses nothing. Falls back to memory when
// storage is unavailable (private mode, quota).
const memory = new Map<string, string>();
const listeners = new Set<() => void>();

function read(key: string): string {
  try {
    return window.localStorage.getItem(key) ?? "";
  } catch {
    return memory.get(key) ?? "";
  }
}

function write(key: string, value: string) {
  memory.set(key, value);
  try {
    if (value) window.localStorage.setItem(key, value);
    else window.localStorage.removeItem(key);
  } catch {
    // NOTE: storage may be full or disabled; the in-memory copy still serves this tab.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener); // another tab edited the same draft
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

export function useDraft(key: string): [string, (value: string) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => "",
  );
  return [value, (next: string) => write(key, next)];
}
