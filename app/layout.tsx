import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Treaty Tracker", template: "%s · Treaty Tracker" },
  description:
    "Who has joined the Mine Ban Treaty and the Convention on Cluster Munitions, who remains outside, and how that changed over time.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="site-name">
            Treaty Tracker
          </Link>
          <nav aria-label="Main">
            <ul>
              <li>
                <Link href="/treaties/mine-ban-treaty">Mine Ban Treaty</Link>
              </li>
              <li>
                <Link href="/treaties/ccm">Cluster Munitions</Link>
              </li>
              <li>
                <Link href="/regions">Regions</Link>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          Computed from the UN depositary record (MTDSG XXVI-5, XXVI-6); every page with a treaty’s numbers says the
          date of the depositary record they were checked against. Counts use the deposit of each instrument unless
          stated. Data: {/* An API route, not a page: a plain link, never prefetched. */}
          {/* oxlint-disable-next-line next/no-html-link-for-pages */}
          <a href="/api/v1/treaties/ccm/status">JSON API</a>.
        </footer>
      </body>
    </html>
  );
}
