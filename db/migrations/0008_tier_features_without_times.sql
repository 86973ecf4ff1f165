-- One packing-time promise everywhere (24 hours after processing starts, 12 for premium), stated by
-- the service, not by the tier: the seeded tier features that promised other times ("48 saat içinde
-- paketleme", "Aynı gün paketleme") or repeated it lose that line. Only the feature lists change.
UPDATE "pricing_tiers"
SET "features" = (
  SELECT coalesce(jsonb_agg(feature ORDER BY position), '[]'::jsonb)
  FROM jsonb_array_elements_text("features") WITH ORDINALITY AS f(feature, position)
  WHERE feature !~* '(saat|aynı gün|dakika)'
)
WHERE "features"::text ~* '(saat|aynı gün|dakika)';
