// The environment, validated once. Every setting the app reads from outside
// comes through here, so a bad value fails early with the variable's name.
import { z } from "zod";
import { UserFacingError } from "./errors";

const postgresUrl = z
  .string()
  .refine((value) => URL.canParse(value) && /^postgres(ql)?:$/.test(new URL(value).protocol), {
    message: "must be a postgresql://user:password@host:port/database URL",
  });

const databaseEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : undefined))
    .pipe(postgresUrl.optional()),
  PGLITE_DATA_DIR: z.string().trim().min(1).default(".data/pglite"),
});

export type DatabaseEnv = z.infer<typeof databaseEnvSchema>;

export class ConfigurationError extends UserFacingError {
  override name = "ConfigurationError";
}

export function readDatabaseEnv(source: NodeJS.ProcessEnv = process.env): DatabaseEnv {
  const parsed = databaseEnvSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ConfigurationError(`${issue?.path.join(".") ?? "environment"} ${issue?.message ?? "is invalid"}`);
}

const pageCacheMaxMb = z.coerce
  .number({ message: "must be a positive number of megabytes" })
  .positive("must be a positive number of megabytes")
  .optional();

const serverEnvSchema = z.object({
  PORT: z.coerce
    .number({ message: "must be a number between 1 and 65535" })
    .int()
    .min(1, "must be a number between 1 and 65535")
    .max(65535, "must be a number between 1 and 65535")
    .default(3000),
  // Read by lib/cache/page-cache-handler.ts (readPageCacheMaxMb) when Next creates its store; checked here before the server starts.
  PAGE_CACHE_MAX_MB: pageCacheMaxMb,
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

/** What `npm start` checks before handing over to `next start`. */
export function readServerEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const parsed = serverEnvSchema.safeParse({
    PORT: source.PORT || undefined,
    PAGE_CACHE_MAX_MB: source.PAGE_CACHE_MAX_MB || undefined,
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? "environment");
  throw new ConfigurationError(`${name} ${issue?.message ?? "is invalid"}, got "${source[name] ?? ""}"`);
}

/** The page cache's bound in megabytes, if set (the same rule `npm start` checks; `next start` alone meets it here). */
export function readPageCacheMaxMb(source: Record<string, string | undefined> = process.env): number | undefined {
  const raw = source.PAGE_CACHE_MAX_MB || undefined;
  const parsed = pageCacheMaxMb.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new ConfigurationError(
    `PAGE_CACHE_MAX_MB ${parsed.error.issues[0]?.message ?? "is invalid"}, got "${raw ?? ""}"`,
  );
}
