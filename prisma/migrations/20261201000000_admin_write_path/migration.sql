-- The write path (issue 12): editor and admin roles, sign-in lockout, audit
-- columns to filter by, optimistic locking of actions, the date each treaty was
-- last checked against the depositary record, and a data revision that every
-- write bumps in its own transaction (other instances follow within a second).

CREATE TYPE "admin_role" AS ENUM ('admin', 'editor');
ALTER TABLE "admin_users" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "admin_users" ALTER COLUMN "role" TYPE "admin_role" USING "role"::"admin_role";
ALTER TABLE "admin_users" ALTER COLUMN "role" SET DEFAULT 'editor';
ALTER TABLE "admin_users" ADD COLUMN "disabled_at" TIMESTAMPTZ(3);
ALTER TABLE "admin_users" ADD COLUMN "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "admin_users" ADD CONSTRAINT "admin_users_name_not_blank" CHECK (btrim("name") <> '');

-- One row per failed sign-in: counted per account and per address over a window.
CREATE TABLE "sign_in_failures" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "sign_in_failures_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "sign_in_failures_email_created_at_idx" ON "sign_in_failures"("email", "created_at");
CREATE INDEX "sign_in_failures_ip_created_at_idx" ON "sign_in_failures"("ip", "created_at");

ALTER TABLE "audit_log" ADD COLUMN "treaty_id" INTEGER;
ALTER TABLE "audit_log" ADD COLUMN "state_iso3" CHAR(3);
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_reason_not_blank" CHECK ("reason" IS NULL OR btrim("reason") <> '');
CREATE INDEX "audit_log_created_at_idx" ON "audit_log"("created_at");
CREATE INDEX "audit_log_treaty_id_state_iso3_idx" ON "audit_log"("treaty_id", "state_iso3");

-- Bumped by every update: an edit made from a form opened before another change is refused.
ALTER TABLE "treaty_actions" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

ALTER TABLE "treaties" ADD COLUMN "depositary_checked_on" DATE NOT NULL DEFAULT DATE '2026-02-03';
ALTER TABLE "treaties" ALTER COLUMN "depositary_checked_on" DROP DEFAULT;

CREATE TABLE "data_revision" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "data_revision_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "data_revision_single_row" CHECK ("id" = 1)
);
INSERT INTO "data_revision" ("id", "revision") VALUES (1, 0);
