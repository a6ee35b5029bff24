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
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          Computed from the UN depositary record (MTDSG XXVI-5, XXVI-6). Counts use the deposit of each instrument unless stated.
        </footer>
      </body>
    </html>
  );
}
