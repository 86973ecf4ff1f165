"use client";

import { ConfirmActionForm, useConfirmFormAnswer } from "@/components/forms/confirm-action-form";
import { Choice } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { SERVICE_TYPE_LABELS, SERVICE_TYPES, type ServiceType } from "@/lib/onboarding/schemas";
import {
  changeServiceTypeAction,
  erasePersonalDataAction,
  reactivateCustomerAction,
  setContractPriceAction,
  suspendCustomerAction,
} from "../actions";

function ReasonField() {
  const { fieldError, previous } = useConfirmFormAnswer();
  return (
    <Field
      label="Gerekçe"
      error={fieldError("reason")}
      hint="Müşteri kaydında ve denetim kaydında saklanır; müşteriye giden e-postada yer almaz."
    >
      {(a11y) => <Textarea {...a11y} name="reason" maxLength={500} defaultValue={previous("reason")} />}
    </Field>
  );
}

function ReactivateFields({ overdue }: { overdue: string | null }) {
  const { fieldError, previous } = useConfirmFormAnswer();
  return (
    <>
      {overdue && (
        <Choice
          name="allowOverdue"
          label="Gecikmiş faturalara rağmen etkinleştir"
          hint={`Gecikmiş borç: ${overdue}. Ödeme kaydedildiğinde hesap kendiliğinden açılır.`}
        />
      )}
      <Field label="Not" optional={!overdue} error={fieldError("note")}>
        {(a11y) => <Textarea {...a11y} name="note" rows={3} maxLength={500} defaultValue={previous("note")} />}
      </Field>
    </>
  );
}

/**
 * `Askıya al` or `Yeniden etkinleştir`, whichever the customer's status allows. One form in one
 * place for both: after a suspension the same form offers the reactivation, so the answer (its toast
 * and the line beside the button) survives the page's refresh instead of leaving with the old button.
 */
export function SuspensionAction({
  customerId,
  companyName,
  suspended,
  overdue,
}: {
  customerId: string;
  companyName: string;
  suspended: boolean;
  /** What is overdue ("2 fatura, ₺1.234,56") when the suspension was for non-payment. */
  overdue: string | null;
}) {
  return suspended ? (
    <ConfirmActionForm
      align="start"
      triggerSize="md"
      action={reactivateCustomerAction}
      trigger="Yeniden etkinleştir"
      title={`${companyName} yeniden etkinleştirilsin mi?`}
      description="Müşteri yeniden sipariş verebilir; portalındaki askı uyarısı kalkar ve müşteriye e-posta gönderilir."
      confirm="Yeniden etkinleştir"
      busyLabel="Etkinleştiriliyor…"
      fields={{ customerId }}
      tone="primary"
      triggerVariant="primary"
    >
      <ReactivateFields overdue={overdue} />
    </ConfirmActionForm>
  ) : (
    <ConfirmActionForm
      align="start"
      triggerSize="md"
      action={suspendCustomerAction}
      trigger="Askıya al"
      title={`${companyName} askıya alınsın mı?`}
      description="Müşteri giriş yapıp ödeme yapabilir ama yeni sipariş veremez; portalında hesabın operasyon ekibi tarafından askıya alındığı yazar ve müşteriye e-posta gönderilir."
      confirm="Askıya al"
      busyLabel="Askıya alınıyor…"
      fields={{ customerId }}
    >
      <ReasonField />
    </ConfirmActionForm>
  );
}

function PriceField({ current, hint }: { current: string; hint: string }) {
  const { fieldError, previous } = useConfirmFormAnswer();
  return (
    <Field label="Sözleşme birim fiyatı" optional error={fieldError("contractPrice")} hint={hint}>
      {(a11y) => (
        <Input
          {...a11y}
          name="contractPrice"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={previous("contractPrice") ?? current}
        />
      )}
    </Field>
  );
}

export function ContractPrice({ customerId, current }: { customerId: string; current: string }) {
  return (
    <ConfirmActionForm
      align="start"
      triggerSize="md"
      action={setContractPriceAction}
      trigger="Sözleşme fiyatını değiştir"
      title="Sözleşme fiyatı değiştirilsin mi?"
      description="Yeni fiyat, size özel hizmette henüz faturalanmamış dönemlerin paketlerine uygulanır. Alanı boşaltmak sözleşme fiyatını kaldırır."
      confirm="Sözleşme fiyatını değiştir"
      busyLabel="Kaydediliyor…"
      fields={{ customerId }}
      tone="primary"
    >
      <PriceField current={current} hint="Paket başına, KDV hariç; 32,50 ya da 32.50 biçiminde." />
    </ConfirmActionForm>
  );
}

function ServiceFields({ current, price }: { current: ServiceType; price: string }) {
  const { fieldError, previous } = useConfirmFormAnswer();
  return (
    <>
      <Field label="Hizmet türü" error={fieldError("serviceType")}>
        {(a11y) => (
          // React resets the form after each answer, and a <select> goes back to the option it was
          // first rendered with: keyed by the value sent, it keeps a refused answer's choice.
          <Select
            key={previous("serviceType") ?? current}
            {...a11y}
            name="serviceType"
            defaultValue={previous("serviceType") ?? current}
          >
            {SERVICE_TYPES.map((type) => (
              <option key={type} value={type}>
                {SERVICE_TYPE_LABELS[type]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <PriceField current="" hint={`Size özel hizmet için; boş bırakılırsa şimdiki fiyat (${price || "yok"}) kalır.`} />
    </>
  );
}

export function ServiceType({
  customerId,
  current,
  price,
}: {
  customerId: string;
  current: ServiceType;
  price: string;
}) {
  return (
    <ConfirmActionForm
      align="start"
      triggerSize="md"
      action={changeServiceTypeAction}
      trigger="Hizmet türünü değiştir"
      title="Hizmet türü değiştirilsin mi?"
      description="Standart: kademe fiyatı; Premium: kademe fiyatı ve premium ek ücreti; Size özel: sözleşme fiyatı (gerekirse aşağıya yazın)."
      confirm="Hizmet türünü değiştir"
      busyLabel="Kaydediliyor…"
      fields={{ customerId }}
      tone="primary"
    >
      <ServiceFields current={current} price={price} />
    </ConfirmActionForm>
  );
}

/** `Kişisel verileri sil` (KVKK), offered once the customer asked: irreversible, so it says what goes and what stays. */
export function ErasePersonalData({ customerId, companyName }: { customerId: string; companyName: string }) {
  return (
    <ConfirmActionForm
      align="start"
      triggerSize="md"
      action={erasePersonalDataAction}
      trigger="Kişisel verileri sil"
      title={`${companyName}: kişisel veriler silinsin mi?`}
      description="Bu işlem geri alınamaz. Yetkili adı, e-posta, telefon ve adres ile kullanıcıların adları ve e-postaları, tekliflerdeki iletişim bilgileri, başvuru yanıtları, gönderilen e-postaların içerikleri ve denetim kaydındaki bu bilgiler silinir; kullanıcılar devre dışı kalır ve oturumları kapanır, entegrasyon kaldırılır, müşteri etkin değil olur. Firma adı, vergi numarası, siparişler ve faturalar yasal kayıt olarak saklanır."
      confirm="Kişisel verileri sil"
      busyLabel="Siliniyor…"
      fields={{ customerId }}
    />
  );
}
