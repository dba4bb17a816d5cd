"use client";

import { signOut } from "next-auth/react";
import { buttonQuiet } from "@/components/ui/styles";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" className={buttonQuiet} onClick={() => signOut({ redirectTo: "/" })}>
      {label}
    </button>
  );
}
