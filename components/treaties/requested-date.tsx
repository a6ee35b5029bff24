"use client";
// A treaty page is rendered once per period (lib/domain/periods.ts) and served
// for every date in it, so the server does not know which day of the period a
// link asked for. These few pieces - the heading, the date box, links that
// carry the date - read it from the URL in the browser. The server's HTML (and
// a browser without JavaScript) shows what the server knows: the exact date
// when it has one (today's page), otherwise the period, which is true of every
// day in it.
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { Suspense, type ComponentType, type ReactNode } from "react";
import { isIsoDate, type IsoDate } from "@/lib/domain/dates";
import { isInPeriod, type Period } from "@/lib/domain/periods";
import { formatDate, formatPeriod } from "@/lib/format";

/** What the server knows about the date a page shows. */
export type ShownDate = { period: Period; exact: IsoDate | null };

/** The URL's ?asOf when it lies in the page's period (a bad date never reaches a period page); else what the server knew. */
export function useRequestedDate(shown: ShownDate | undefined): IsoDate | null {
  const asked = useSearchParams().get("asOf");
  if (!shown) return null;
  return asked && isIsoDate(asked) && isInPeriod(asked, shown.period) ? asked : shown.exact;
}

type DateProps = { date: IsoDate | null; shown: ShownDate };

/**
 * Wraps a component that needs the date: the server renders it with what it
 * knows, the browser with the URL's date. (Reading the URL inside Suspense keeps
 * the rest of the cached page server-rendered.)
 */
function withRequestedDate<P extends object>(Inner: ComponentType<P & DateProps>) {
  function FromUrl(props: P & { shown: ShownDate }) {
    return <Inner {...props} date={useRequestedDate(props.shown)} />;
  }
  return function WithRequestedDate(props: P & { shown: ShownDate }) {
    return (
      <Suspense fallback={<Inner {...props} date={props.shown.exact} />}>
        <FromUrl {...props} />
      </Suspense>
    );
  };
}

export const RequestedDateHeading = withRequestedDate<object>(function RequestedDateHeading({
  date,
  shown,
}: DateProps) {
  const period = formatPeriod(shown.period);
  return (
    <h2 className="as-of-heading">
      {date ? `On ${formatDate(date)}` : period.charAt(0).toUpperCase() + period.slice(1)}
    </h2>
  );
});

type InputProps = { min: IsoDate; max: IsoDate };
export const RequestedDateInput = withRequestedDate<InputProps>(function RequestedDateInput({
  date,
  shown,
  min,
  max,
}: InputProps & DateProps) {
  const value = date ?? shown.period.from;
  // key: a new date from the URL replaces the box's value (defaultValue only applies when it mounts).
  return <input key={value} type="date" name="asOf" defaultValue={value} min={min} max={max} required />;
});

/** A link to another page of the site, carrying the date on show (?asOf=). */
type LinkProps = { href: string; children: ReactNode; download?: boolean };

/** A link carrying the date on show (?asOf=): to another page of the site, or a download of this page's data. */
export const DatedLink = withRequestedDate<LinkProps>(function DatedLink({
  date,
  shown,
  href,
  children,
  download,
}: LinkProps & DateProps) {
  const dated = `${href}${href.includes("?") ? "&" : "?"}asOf=${date ?? shown.period.from}`;
  // A download is a plain link (the browser saves the file); a page goes through the client router.
  return download ? (
    <a href={dated} download>
      {children}
    </a>
  ) : (
    <Link href={dated}>{children}</Link>
  );
});
