// Previous / next links of a paginated admin list, keeping its filters.
import Link from "next/link";
import { pageHref, type QueryValues } from "./page-href";

type Props = { path: string; query: QueryValues; page: number; pageCount: number; total: number; pageSize: number };

export function Pager({ path, query, page, pageCount, total, pageSize }: Props) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pager" aria-label="Pages">
      <p>{total === 0 ? "Nothing to show." : `Showing ${first}–${last} of ${total} (page ${page} of ${pageCount}).`}</p>
      <ul>
        {page > 1 && (
          <li>
            <Link rel="prev" href={pageHref(path, query, page - 1)}>
              Previous page
            </Link>
          </li>
        )}
        {page < pageCount && (
          <li>
            <Link rel="next" href={pageHref(path, query, page + 1)}>
              Next page
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
