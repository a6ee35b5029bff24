/**
 * A wide table's box, scrolling sideways on a phone. It can take keyboard focus
 * (arrow keys then scroll it) and is named as a region, since a scrollable box
 * that only a mouse can move hides columns from keyboard users (WCAG 2.1.1).
 */
export function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    // A named <section> is a region landmark; a scrolling one must take focus to be scrolled by keyboard (axe: scrollable-region-focusable).
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
