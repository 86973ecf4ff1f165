import { Download } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { DATA_EXPORT_PATH } from "@/lib/account/data-export";
import { formatIstanbulDateTime } from "@/lib/dates";
import { DeletionRequest } from "./deletion-request";

/** "Verileriniz (KVKK)": the rights the KVKK notice promises in the panel, download and deletion. */
export function DataSection({ deletionRequestedAt }: { deletionRequestedAt: Date | null }) {
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h3 className="font-medium">Verilerinizi indirin</h3>
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
      <div className="flex flex-col gap-2 border-t border-border pt-4">
        <h3 className="font-medium">Hesabın silinmesi</h3>
        {deletionRequestedAt ? (
          <Alert tone="info">
            {`Hesabınızın silinmesini ${formatIstanbulDateTime(deletionRequestedAt)} tarihinde istediniz. Operasyon ekibimiz talebinizi inceliyor; kişisel verileriniz silindiğinde hesabınıza artık giriş yapılamaz.`}
          </Alert>
        ) : (
          <>
            <p className="text-sm text-muted-foreground">
              Hizmeti bırakmak ve kişisel verilerinizin silinmesini istemek için talepte bulunabilirsiniz. Faturalarınız
              yasal saklama süresi boyunca saklanır.
            </p>
            <DeletionRequest />
          </>
        )}
      </div>
    </div>
  );
}
