-- Schema v1. Mirrors prisma/schema.prisma; the schema-drift test compares the two.
-- Check constraints hold the rules the database can enforce by itself.

CREATE TYPE "obligation_kind" AS ENUM ('stockpile_destruction', 'clearance', 'initial_report');
CREATE TYPE "action_type" AS ENUM ('signature', 'ratification', 'acceptance', 'approval', 'accession', 'succession', 'withdrawal', 'suspension', 'provisional_application');
CREATE TYPE "confidence" AS ENUM ('confirmed', 'unconfirmed');
CREATE TYPE "action_origin" AS ENUM ('seed', 'admin');
CREATE TYPE "target_metric" AS ENUM ('states_parties_by_deposit', 'states_parties_in_force');

CREATE TABLE "states" (
    "iso3" CHAR(3) NOT NULL,
    "iso2" CHAR(2) NOT NULL,
    "iso_numeric" CHAR(3) NOT NULL,
    "depositary_name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "un_member" BOOLEAN NOT NULL,
    CONSTRAINT "states_pkey" PRIMARY KEY ("iso3"),
    CONSTRAINT "states_iso3_format" CHECK ("iso3" ~ '^[A-Z]{3}$'),
    CONSTRAINT "states_iso2_format" CHECK ("iso2" ~ '^[A-Z]{2}$'),
    CONSTRAINT "states_iso_numeric_format" CHECK ("iso_numeric" ~ '^[0-9]{3}$'),
    CONSTRAINT "states_names_not_blank" CHECK (btrim("depositary_name") <> '' AND btrim("short_name") <> '')
);
CREATE UNIQUE INDEX "states_iso2_key" ON "states"("iso2");
CREATE UNIQUE INDEX "states_iso_numeric_key" ON "states"("iso_numeric");
CREATE UNIQUE INDEX "states_depositary_name_key" ON "states"("depositary_name");
CREATE UNIQUE INDEX "states_short_name_key" ON "states"("short_name");

CREATE TABLE "region_groupings" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "source" TEXT,
    CONSTRAINT "region_groupings_pkey" PRIMARY KEY ("slug"),
    CONSTRAINT "region_groupings_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

CREATE TABLE "regions" (
    "id" SERIAL NOT NULL,
    "grouping_slug" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "regions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "regions_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
CREATE UNIQUE INDEX "regions_grouping_slug_slug_key" ON "regions"("grouping_slug", "slug");

CREATE TABLE "region_memberships" (
    "region_id" INTEGER NOT NULL,
    "state_iso3" CHAR(3) NOT NULL,
    CONSTRAINT "region_memberships_pkey" PRIMARY KEY ("region_id", "state_iso3")
);

CREATE TABLE "treaties" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "official_name" TEXT NOT NULL,
    "adopted_on" DATE NOT NULL,
    "opened_for_signature_on" DATE NOT NULL,
    "entry_into_force_on" DATE NOT NULL,
    "entry_into_force_threshold" INTEGER NOT NULL,
    "entry_into_force_delay_months" INTEGER NOT NULL,
    "withdrawal_notice_months" INTEGER NOT NULL,
    "depositary_reference" TEXT NOT NULL,
    "depositary_url" TEXT NOT NULL,
    CONSTRAINT "treaties_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "treaties_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT "treaties_dates_in_order" CHECK ("adopted_on" <= "opened_for_signature_on" AND "opened_for_signature_on" <= "entry_into_force_on"),
    CONSTRAINT "treaties_threshold_positive" CHECK ("entry_into_force_threshold" > 0),
    CONSTRAINT "treaties_delays_non_negative" CHECK ("entry_into_force_delay_months" >= 0 AND "withdrawal_notice_months" >= 0)
);
CREATE UNIQUE INDEX "treaties_slug_key" ON "treaties"("slug");

CREATE TABLE "obligation_rules" (
    "id" SERIAL NOT NULL,
    "treaty_id" INTEGER NOT NULL,
    "kind" "obligation_kind" NOT NULL,
    "period_years" INTEGER,
    "period_days" INTEGER,
    "max_extension_years" INTEGER,
    "article" TEXT NOT NULL,
    CONSTRAINT "obligation_rules_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "obligation_rules_one_period" CHECK (("period_years" IS NULL) <> ("period_days" IS NULL)),
    CONSTRAINT "obligation_rules_periods_positive" CHECK (coalesce("period_years", "period_days") > 0 AND coalesce("max_extension_years", 0) >= 0)
);
CREATE UNIQUE INDEX "obligation_rules_treaty_id_kind_key" ON "obligation_rules"("treaty_id", "kind");

CREATE TABLE "treaty_actions" (
    "id" SERIAL NOT NULL,
    "treaty_id" INTEGER NOT NULL,
    "state_iso3" CHAR(3) NOT NULL,
    "type" "action_type" NOT NULL,
    "deposited_on" DATE NOT NULL,
    "effective_on" DATE,
    "effect_deferred" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL,
    "confidence" "confidence" NOT NULL DEFAULT 'confirmed',
    "note" TEXT,
    "origin" "action_origin" NOT NULL DEFAULT 'seed',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "treaty_actions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "treaty_actions_source_not_blank" CHECK (btrim("source") <> ''),
    -- A signature binds nobody, so it has no effective date; other actions may
    -- carry one the source gives (succession from independence, withdrawal effect).
    CONSTRAINT "treaty_actions_signature_has_no_effective_date" CHECK ("effective_on" IS NULL OR "type" <> 'signature'),
    CONSTRAINT "treaty_actions_deferred_effect_has_no_date" CHECK (NOT "effect_deferred" OR "effective_on" IS NULL),
    CONSTRAINT "treaty_actions_withdrawal_effect_after_notice" CHECK ("type" <> 'withdrawal' OR "effective_on" IS NULL OR "effective_on" >= "deposited_on")
);
CREATE UNIQUE INDEX "treaty_actions_state_iso3_treaty_id_type_deposited_on_key" ON "treaty_actions"("state_iso3", "treaty_id", "type", "deposited_on");
CREATE INDEX "treaty_actions_treaty_id_deposited_on_idx" ON "treaty_actions"("treaty_id", "deposited_on");

CREATE TABLE "targets" (
    "id" SERIAL NOT NULL,
    "treaty_id" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "metric" "target_metric" NOT NULL,
    "value" INTEGER NOT NULL,
    "deadline" DATE NOT NULL,
    "source" TEXT NOT NULL,
    CONSTRAINT "targets_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "targets_value_positive" CHECK ("value" > 0),
    CONSTRAINT "targets_source_not_blank" CHECK (btrim("source") <> '')
);
CREATE UNIQUE INDEX "targets_treaty_id_slug_key" ON "targets"("treaty_id", "slug");

CREATE TABLE "admin_users" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'admin',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "admin_users_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "admin_users_email_lowercase" CHECK ("email" = lower("email") AND position('@' in "email") > 1),
    CONSTRAINT "admin_users_password_hash_argon2" CHECK ("password_hash" LIKE '$argon2id$%')
);
CREATE UNIQUE INDEX "admin_users_email_key" ON "admin_users"("email");

CREATE TABLE "admin_sessions" (
    "token_hash" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "admin_sessions_pkey" PRIMARY KEY ("token_hash"),
    CONSTRAINT "admin_sessions_expiry_after_creation" CHECK ("expires_at" > "created_at")
);
CREATE INDEX "admin_sessions_user_id_idx" ON "admin_sessions"("user_id");

CREATE TABLE "audit_log" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "reason" TEXT,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");

ALTER TABLE "regions" ADD CONSTRAINT "regions_grouping_slug_fkey" FOREIGN KEY ("grouping_slug") REFERENCES "region_groupings"("slug") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "region_memberships" ADD CONSTRAINT "region_memberships_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "region_memberships" ADD CONSTRAINT "region_memberships_state_iso3_fkey" FOREIGN KEY ("state_iso3") REFERENCES "states"("iso3") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "obligation_rules" ADD CONSTRAINT "obligation_rules_treaty_id_fkey" FOREIGN KEY ("treaty_id") REFERENCES "treaties"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "treaty_actions" ADD CONSTRAINT "treaty_actions_treaty_id_fkey" FOREIGN KEY ("treaty_id") REFERENCES "treaties"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "treaty_actions" ADD CONSTRAINT "treaty_actions_state_iso3_fkey" FOREIGN KEY ("state_iso3") REFERENCES "states"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "targets" ADD CONSTRAINT "targets_treaty_id_fkey" FOREIGN KEY ("treaty_id") REFERENCES "treaties"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "admin_sessions" ADD CONSTRAINT "admin_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "admin_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "admin_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
