// Query parameters of the embeddable widget and badge (/embed/{slug}/...):
// ?counting=deposit|in-force (default deposit) and, for the widget,
// ?size=compact. Other parameters are ignored; a refused value is answered with
// a 400 naming it.
import { z } from "zod";
import { COUNTING_RULES } from "../domain/status";
import type { QueryError } from "./status-query";

const EMBED_SIZES = ["normal", "compact"] as const;
export type EmbedSize = (typeof EMBED_SIZES)[number];

const embedQuerySchema = z.object({
  counting: z.enum(COUNTING_RULES, { message: `must be one of: ${COUNTING_RULES.join(", ")}` }).default("deposit"),
  size: z.enum(EMBED_SIZES, { message: `must be one of: ${EMBED_SIZES.join(", ")}` }).default("normal"),
});

export type EmbedQuery = z.output<typeof embedQuerySchema>;

/** The parameters a widget or badge reads: an absent one takes its default, an empty or unknown value is refused. */
export function parseEmbedQuery(
  search: URLSearchParams,
  names: readonly (keyof EmbedQuery)[] = ["counting", "size"],
): { ok: true; query: EmbedQuery } | { ok: false; error: QueryError } {
  const values = Object.fromEntries(names.flatMap((name) => (search.has(name) ? [[name, search.get(name)]] : [])));
  const parsed = embedQuerySchema.safeParse(values);
  if (parsed.success) return { ok: true, query: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: { parameter: String(issue?.path[0] ?? "query"), message: issue?.message ?? "is invalid" },
  };
}
