-- How long a treaty is open for signature is data too: the Mine Ban Treaty and
-- the CCM "until its entry into force" (Art. 15 / Art. 16), the TPNW without end
-- (Art. 13). NULL: it stays open.
ALTER TABLE "treaties" ADD COLUMN "signature_closes_on" DATE;
UPDATE "treaties" SET "signature_closes_on" = "entry_into_force_on";
ALTER TABLE "treaties" ADD CONSTRAINT "treaties_signature_window" CHECK (
  "signature_closes_on" IS NULL OR "signature_closes_on" >= "opened_for_signature_on"
);
