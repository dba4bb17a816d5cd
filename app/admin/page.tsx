import { redirect } from "next/navigation";

// Users are the admin area's first section.
export default function AdminPage() {
  redirect("/admin/users");
}
