import { AreaNotFound } from "@/components/layout/area-not-found";

export default function AdminNotFound() {
  return <AreaNotFound home="/yonetim" homeLabel="Özete dön" />;
}
