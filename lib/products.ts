/** The product types a shop sends us: the quote form's `Ürün türleri` and onboarding step 2 alike. */
export const PRODUCT_TYPES = ["Giyim", "Kozmetik", "Elektronik", "Kitap", "Gıda", "Ev ve yaşam", "Diğer"] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];
