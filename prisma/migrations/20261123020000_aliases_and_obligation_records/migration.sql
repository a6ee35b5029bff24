-- Treaty slug aliases for URLs, and per-state obligation facts (extensions, completion).

ALTER TABLE "treaties" ADD COLUMN "aliases" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

CREATE TABLE "obligation_records" (
    "id" SERIAL NOT NULL,
    "treaty_id" INTEGER NOT NULL,
    "state_iso3" CHAR(3) NOT NULL,
    "kind" "obligation_kind" NOT NULL,
    "extended_to" DATE,
    "completed_on" DATE,
    "source" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "obligation_records_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "obligation_records_says_something" CHECK ("extended_to" IS NOT NULL OR "completed_on" IS NOT NULL),
    CONSTRAINT "obligation_records_source_not_blank" CHECK (btrim("source") <> '')
);
CREATE UNIQUE INDEX "obligation_records_treaty_id_state_iso3_kind_key" ON "obligation_records"("treaty_id", "state_iso3", "kind");
ALTER TABLE "obligation_records" ADD CONSTRAINT "obligation_records_treaty_id_fkey" FOREIGN KEY ("treaty_id") REFERENCES "treaties"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "obligation_records" ADD CONSTRAINT "obligation_records_state_iso3_fkey" FOREIGN KEY ("state_iso3") REFERENCES "states"("iso3") ON DELETE CASCADE ON UPDATE CASCADE;
