import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Treaty Tracker", template: "%s · Treaty Tracker" },
  description:
    "Who has joined the humanitarian disarmament treaties, who remains outside, and how that changed over time.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {/* The site's own links are not prefetched: on every page view a phone would fetch
            three pages it rarely opens, and the index pages are rendered per request. */}
        <header className="site-header">
          <Link href="/" className="site-name" prefetch={false}>
            Treaty Tracker
          </Link>
          <nav aria-label="Main">
            <ul>
              {/* The treaties are data: the layout reads no database (the not-found page is
                  prerendered at build time), so it links to their list. */}
              <li>
                <Link href="/treaties" prefetch={false}>
                  Treaties
                </Link>
              </li>
              <li>
                <Link href="/regions" prefetch={false}>
                  Regions
                </Link>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          Computed from the UN depositary record of each treaty; every page with a treaty’s numbers says the date of the
          depositary record they were checked against. Counts use the deposit of each instrument unless stated. Data:
          CSV downloads for{" "}
          <Link href="/treaties" prefetch={false}>
            every treaty
          </Link>
          , a{" "}
          <Link href="/api" prefetch={false}>
            JSON API
          </Link>{" "}
          and Atom feeds of new actions.
        </footer>
      </body>
    </html>
  );
}
