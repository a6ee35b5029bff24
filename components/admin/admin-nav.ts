// The admin's sections, and which one a path belongs to.
export type NavItem = { href: string; label: string; adminOnly?: boolean };

export const ADMIN_NAV: readonly NavItem[] = [
  { href: "/admin/actions/new", label: "Record an action" },
  { href: "/admin/actions", label: "Actions" },
  { href: "/admin/obligations", label: "Obligations" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/users", label: "Users", adminOnly: true },
  { href: "/admin/import", label: "Import", adminOnly: true },
  { href: "/admin/treaties", label: "Treaties", adminOnly: true },
  { href: "/admin/groupings", label: "Groupings", adminOnly: true },
];

/** The item a path is in: the longest href it is, or lies under (/admin/actions/412 -> Actions). */
export function currentNavHref(pathname: string, items: readonly NavItem[]): string | null {
  const matches = items.filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`));
  return matches.reduce<string | null>(
    (best, item) => (!best || item.href.length > best.length ? item.href : best),
    null,
  );
}
