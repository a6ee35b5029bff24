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
