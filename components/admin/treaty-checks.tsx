// Each treaty's "checked against the depositary record as at" date, and the form that moves it;
// links to edit the treaty (and its targets) and to check it against a depositary page.
import Link from "next/link";
import type { IsoDate } from "@/lib/domain/dates";
import { formatDate } from "@/lib/format";
import { CheckedOnFormClient } from "./checked-on-form-client";

type Treaty = { slug: string; shortName: string; depositaryCheckedOn: IsoDate };

export function TreatyChecks({ treaties, today }: { treaties: readonly Treaty[]; today: IsoDate }) {
  return (
    <ul className="admin-cards">
      {treaties.map((treaty) => (
        <li key={treaty.slug} id={`treaty-${treaty.slug}`}>
          <h2 id={`treaty-${treaty.slug}-name`}>{treaty.shortName}</h2>
          <p>
            Checked against the depositary record as at{" "}
            <strong data-testid={`checked-on-${treaty.slug}`}>{formatDate(treaty.depositaryCheckedOn)}</strong>.
          </p>
          <ul>
            <li>
              <Link href={`/admin/treaties/${treaty.slug}`}>Edit the {treaty.shortName} and its targets</Link>
            </li>
            <li>
              <Link href={`/admin/treaties/${treaty.slug}/depositary`}>Check against the depositary record</Link>
            </li>
          </ul>
          <CheckedOnFormClient key={treaty.depositaryCheckedOn} treaty={treaty} today={today} />
        </li>
      ))}
    </ul>
  );
}
