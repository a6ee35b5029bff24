import type { Metadata } from "next";
import Link from "next/link";
import { GroupingFormClient } from "@/components/admin/grouping-form-client";
import { requirePageActor } from "@/lib/auth/guard";
import { listGroupingsForAdmin } from "@/lib/data/admin-groupings";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Groupings" };

export default async function GroupingsPage() {
  await requirePageActor("admin", "/admin/groupings");
  const groupings = await listGroupingsForAdmin();
  return (
    <>
      <h1>Groupings</h1>
      <p>
        Region groupings are data: UN regional groups, UN M49 regions, the campaigners&apos; Pacific, or a list of your
        own, such as a campaign&apos;s priority states. Every region has a public page with each treaty side by side.
      </p>
      <table className="admin-table">
        <caption className="visually-hidden">Region groupings</caption>
        <thead>
          <tr>
            <th scope="col">Grouping</th>
            <th scope="col">Regions</th>
            <th scope="col">Kept by</th>
          </tr>
        </thead>
        <tbody>
          {groupings.map((grouping) => (
            <tr key={grouping.slug}>
              <th scope="row">
                <Link href={`/admin/groupings/${grouping.slug}`}>{grouping.name}</Link>
              </th>
              <td>{grouping.regions}</td>
              <td>{grouping.origin === "admin" ? "admins (the seed files leave it alone)" : "the seed files"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>New grouping</h2>
      <GroupingFormClient creating />
    </>
  );
}
