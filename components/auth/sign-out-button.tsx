"use client";

import { buttonQuiet } from "@/components/ui/styles";
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" className={buttonQuiet} onClick={() => signOut({ redirectTo: "/" })}>
      {label}
    </button>
  );
}
