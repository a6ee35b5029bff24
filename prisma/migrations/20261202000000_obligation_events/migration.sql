-- Obligations as sourced data (issue 15): each thing a source says about one
-- state's stockpile-destruction or clearance obligation is one row, like an
-- action in the action log. The old one-row-per-obligation summary table
-- (obligation_records) was never filled and could not say when, or from what
-- information, an extension was granted; it is replaced.
DROP TABLE "obligation_records";

CREATE TYPE "obligation_event_type" AS ENUM (
  'applies', 'extension_requested', 'extension_granted', 'completed', 'reopened', 'deadline_missed'
);
-- How much of a date the source gives: "2008" is not "31 December 2008".
CREATE TYPE "date_precision" AS ENUM ('day', 'month', 'year');
CREATE TYPE "obligation_confidence" AS ENUM ('confirmed', 'reported', 'uncertain');

CREATE TABLE "obligation_events" (
    "id" SERIAL NOT NULL,
    "treaty_id" INTEGER NOT NULL,
    "state_iso3" CHAR(3) NOT NULL,
    "kind" "obligation_kind" NOT NULL,
    "type" "obligation_event_type" NOT NULL,
    -- The first day of the period the source gives (a year, a month or a day).
    "event_on" DATE NOT NULL,
    "event_on_precision" "date_precision" NOT NULL DEFAULT 'day',
    "deadline" DATE,
    "meeting" TEXT,
    -- The date of the information behind the row (a report's date, a profile's "last updated").
    "information_on" DATE NOT NULL,
    "information_on_precision" "date_precision" NOT NULL DEFAULT 'day',
    "source" TEXT NOT NULL,
    "confidence" "obligation_confidence" NOT NULL,
    "note" TEXT,
    "origin" "action_origin" NOT NULL DEFAULT 'seed',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "obligation_events_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "obligation_events_kind" CHECK ("kind" IN ('stockpile_destruction', 'clearance')),
    CONSTRAINT "obligation_events_source_not_blank" CHECK (btrim("source") <> ''),
    CONSTRAINT "obligation_events_extension_has_deadline" CHECK (
      "type" NOT IN ('extension_requested', 'extension_granted') OR "deadline" IS NOT NULL
    ),
    CONSTRAINT "obligation_events_grant_names_meeting" CHECK (
      "type" <> 'extension_granted' OR ("meeting" IS NOT NULL AND btrim("meeting") <> '')
    )
);
CREATE UNIQUE INDEX "obligation_events_identity_key" ON "obligation_events"("treaty_id", "state_iso3", "kind", "type", "event_on");
CREATE INDEX "obligation_events_treaty_id_idx" ON "obligation_events"("treaty_id");
ALTER TABLE "obligation_events" ADD CONSTRAINT "obligation_events_treaty_id_fkey" FOREIGN KEY ("treaty_id") REFERENCES "treaties"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "obligation_events" ADD CONSTRAINT "obligation_events_state_iso3_fkey" FOREIGN KEY ("state_iso3") REFERENCES "states"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Targets beyond membership: "no State Party with clearance obligations remaining by 2025".
ALTER TYPE "target_metric" ADD VALUE 'clearance_obligations_remaining';
ALTER TYPE "target_metric" ADD VALUE 'stockpile_obligations_remaining';
-- A membership target counts up to at least one State Party; an obligation
-- target counts down, and 0 ("none remaining") is its usual goal.
ALTER TABLE "targets" DROP CONSTRAINT "targets_value_positive";
ALTER TABLE "targets" ADD CONSTRAINT "targets_value_positive" CHECK (
  "value" > 0 OR ("value" = 0 AND "metric"::text LIKE '%_obligations_remaining')
);
