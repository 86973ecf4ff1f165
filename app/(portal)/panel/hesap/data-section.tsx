import { Download } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { DATA_EXPORT_PATH } from "@/lib/account/data-export";

/** "Verileriniz (KVKK)": the rights the KVKK notice promises in the panel. */
export function DataSection() {
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-2">
        <p className="text-sm text-muted-foreground">
          Firmanız hakkında tuttuğumuz tüm bilgileri tek bir JSON dosyası olarak indirebilirsiniz: firma ve sözleşme
          bilgileri, kullanıcılar, entegrasyon durumu, teklifler, siparişler ve takip kayıtları, faturalar ve ödemeler,
          gönderilen e-postalar ve işlem kayıtları. Şifreler ve erişim anahtarları dosyaya eklenmez.
        </p>
        {/* A file download, not a page: a plain link, so the browser saves it. */}
        <a href={DATA_EXPORT_PATH} download className={`${buttonVariants({ variant: "outline" })} self-start`}>
          <Download aria-hidden="true" />
          Verilerimi indir (JSON)
        </a>
      </div>
    </div>
  );
}
