-- Treaties, targets and groupings as data an admin edits (issue 13).

-- The rule for later joiners: "the first day of the sixth month after deposit"
-- (Mine Ban Treaty, CCM) or "the ninetieth day after deposit" (TPNW, ATT).
CREATE TYPE "later_joiner_rule" AS ENUM ('first_day_of_month_after', 'days_after');
ALTER TABLE "treaties" ADD COLUMN "later_joiner_rule" "later_joiner_rule" NOT NULL DEFAULT 'first_day_of_month_after';
ALTER TABLE "treaties" ALTER COLUMN "entry_into_force_delay_months" DROP NOT NULL;
ALTER TABLE "treaties" ADD COLUMN "entry_into_force_delay_days" INTEGER;
ALTER TABLE "treaties" ADD CONSTRAINT "treaties_later_joiner_delay" CHECK (
  ("later_joiner_rule" = 'first_day_of_month_after' AND "entry_into_force_delay_months" IS NOT NULL AND "entry_into_force_delay_months" >= 0)
  OR ("later_joiner_rule" = 'days_after' AND "entry_into_force_delay_days" IS NOT NULL AND "entry_into_force_delay_days" >= 0)
);

-- What an admin created or edited is the admin's: the seed loader leaves it alone.
ALTER TABLE "treaties" ADD COLUMN "origin" "action_origin" NOT NULL DEFAULT 'seed';
ALTER TABLE "targets" ADD COLUMN "origin" "action_origin" NOT NULL DEFAULT 'seed';
ALTER TABLE "region_groupings" ADD COLUMN "origin" "action_origin" NOT NULL DEFAULT 'seed';

-- A retired target is kept (and audited) but no longer shown.
ALTER TABLE "targets" ADD COLUMN "retired_at" TIMESTAMPTZ(3);
