import { describe, expect, it } from "vitest";
import { renderEmail, templates, type TemplateName } from "@/emails";

describe("e-mail templates", () => {
  it("render the password reset e-mail with its link and Turkish text, in HTML and plain text", async () => {
    const rendered = await renderEmail("password-reset", {
      name: "Ayşe Yılmaz",
      resetUrl: "https://cardak.example/sifre-sifirla/tok3n",
      expiresInMinutes: 60,
    });
    expect(rendered.subject).toBe("Şifre sıfırlama bağlantınız");
    expect(rendered.html).toContain('href="https://cardak.example/sifre-sifirla/tok3n"');
    expect(rendered.html).toContain("Merhaba Ayşe Yılmaz");
    expect(rendered.html).toContain("60 dakika geçerlidir");
    expect(rendered.html).toContain("Çardak Paketleme");
    expect(rendered.html).toContain('lang="tr"');
    expect(rendered.text).toContain("https://cardak.example/sifre-sifirla/tok3n");
    expect(rendered.text).toContain("Merhaba Ayşe Yılmaz");
    expect(rendered.text).not.toContain("<");
  });

  it("refuse data that does not fit a template", async () => {
    await expect(renderEmail("password-reset", { name: "Ayşe" })).rejects.toThrow();
  });

  it.each(Object.keys(templates) as TemplateName[])("%s has preview props that render", async (name) => {
    const component = templates[name].component as unknown as { PreviewProps?: unknown };
    expect(component.PreviewProps).toBeDefined();
    const rendered = await renderEmail(name, component.PreviewProps);
    expect(rendered.html.length).toBeGreaterThan(100);
    expect(rendered.text.length).toBeGreaterThan(20);
  });
});
