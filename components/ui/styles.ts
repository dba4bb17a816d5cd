// Shared class lists, so buttons and fields look the same everywhere.
export const buttonPrimary =
  "inline-flex items-center justify-center gap-2 rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-white shadow-sm transition hover:bg-accent-strong disabled:cursor-not-allowed disabled:opacity-60";
export const buttonSecondary =
  "inline-flex items-center justify-center gap-2 rounded-lg border border-line bg-card px-3 py-1.5 text-sm font-medium text-ink transition hover:bg-paper disabled:cursor-not-allowed disabled:opacity-60";
export const buttonQuiet =
  "inline-flex items-center gap-1 rounded-md px-2 py-1 text-sm text-muted transition hover:bg-black/5 hover:text-ink disabled:cursor-not-allowed disabled:opacity-60";
export const field =
  "block w-full rounded-lg border border-line bg-card px-3 py-2 text-base text-ink shadow-inner outline-none transition focus:border-accent focus:ring-2 focus:ring-accent/20";
export const label = "block text-sm font-medium text-ink";
export const card = "rounded-xl border border-line bg-card shadow-sm";
export const errorText = "text-sm text-red-700";
