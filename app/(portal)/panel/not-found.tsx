import { AreaNotFound } from "@/components/layout/area-not-found";

export default function PortalNotFound() {
  return <AreaNotFound home="/panel" homeLabel="Özete dön" />;
}
