import { notFound } from "next/navigation";

// Any other address under /yonetim: the admin's own 404, inside its frame (for admins only: the
// layout has already answered anyone else with the public 404).
export default function UnknownAdminPage() {
  notFound();
}
