import type { getIntegrationView } from "@/db/queries/integrations";
import { formatIstanbulDateTime } from "@/lib/dates";
import { connectors, secretFieldNames } from "@/lib/integrations";
import { INTEGRATION_STATUS_LABELS } from "@/lib/onboarding/choices";
import { ReplaceCredentialsForm, TestIntegrationButton } from "./integration-forms";

type IntegrationView = Awaited<ReturnType<typeof getIntegrationView>>;

export function IntegrationSection({ integration }: { integration: IntegrationView }) {
  if (!integration) {
    return (
      <p className="text-sm text-stone-600">
        Bağlı bir e-ticaret platformunuz yok. Entegrasyon için bizimle iletişime geçin.
      </p>
    );
  }
  const secrets = new Set(secretFieldNames(integration.platform));
  const publicValues = Object.fromEntries(
    Object.entries(integration.credentialsMasked).filter(([name]) => !secrets.has(name)),
  );
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-stone-600">Platform</dt>
        <dd>{connectors[integration.platform].label}</dd>
        <dt className="text-stone-600">Durum</dt>
        <dd data-testid="entegrasyon-durumu" className="font-semibold">
          {INTEGRATION_STATUS_LABELS[integration.status]}
        </dd>
        {integration.shopName && (
          <>
            <dt className="text-stone-600">Mağaza</dt>
            <dd>{integration.shopName}</dd>
          </>
        )}
        {integration.lastCheckedAt && (
          <>
            <dt className="text-stone-600">Son kontrol</dt>
            <dd>{formatIstanbulDateTime(integration.lastCheckedAt)}</dd>
          </>
        )}
        {integration.lastError && (
          <>
            <dt className="text-stone-600">Hata</dt>
            <dd className="text-red-800">{integration.lastError}</dd>
          </>
        )}
        {Object.entries(integration.credentialsMasked).map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-stone-600">{fieldLabel(integration.platform, name)}</dt>
            <dd className="font-mono">{value}</dd>
          </div>
        ))}
      </dl>
      <TestIntegrationButton />
      <details className="rounded-md border border-stone-200 p-4">
        <summary className="cursor-pointer font-medium">Bağlantı bilgilerini değiştir</summary>
        <div className="mt-4">
          <ReplaceCredentialsForm platform={integration.platform} publicValues={publicValues} />
        </div>
      </details>
    </div>
  );
}

function fieldLabel(platform: keyof typeof connectors, name: string): string {
  return connectors[platform].fields.find((field) => field.name === name)?.label ?? name;
}
