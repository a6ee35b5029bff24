import type { Metadata } from "next";
import { ImportFormClient } from "@/components/admin/import-form-client";
import { requirePageActor } from "@/lib/auth/guard";
import { treatiesForAdmin } from "@/lib/data/admin-options";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import actions" };

export default async function ImportPage() {
  await requirePageActor("admin", "/admin/import");
  const treaties = await treatiesForAdmin();
  return (
    <>
      <h1>Import actions</h1>
      <p className="lede">
        Add or correct many actions of one treaty at once from a CSV file in the seed files&apos; format (as{" "}
        <code>npm run data:export</code> writes them). The preview shows what each row would do; the import then writes
        every new and changed row, each with its audit entry, or nothing at all. Rows the log already has unchanged are
        left alone, and nothing is ever deleted.
      </p>
      <ImportFormClient treaties={treaties.map((treaty) => ({ value: treaty.slug, label: treaty.shortName }))} />
    </>
  );
}
