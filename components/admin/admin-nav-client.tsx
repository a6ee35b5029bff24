"use client";
// The admin's section links, the current one marked for assistive technology.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentNavHref, type NavItem } from "./admin-nav";

export function AdminNavClient({ items }: { items: readonly NavItem[] }) {
  const current = currentNavHref(usePathname(), items);
  return (
    <nav aria-label="Admin">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.href === current ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
