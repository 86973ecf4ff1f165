import { notFound } from "next/navigation";

// Any other address under /panel: the portal's own 404, inside its frame, not the public site's.
export default function UnknownPortalPage() {
  notFound();
}
