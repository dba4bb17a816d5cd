"use client";

import { useState } from "react";

/**
 * For a button whose success moves the page on (push, refresh, reload): it stays busy then,
 * so it cannot be pressed twice. The action returns a failure's message, which frees the
 * button and is shown in a role="alert".
 */
export function useLeavingAction() {
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<string | void>) {
    setBusy(true);
    setError(null);
    const failure = await action();
    if (failure === undefined) return;
    setBusy(false);
    setError(failure);
  }

  return { isBusy, error, run };
}
