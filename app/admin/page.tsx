import { redirect } from "next/navigation";

// Courses are the admin area's first section; users and the audit log come with the accounts issue.
export default function AdminPage() {
  redirect("/admin/courses");
}
