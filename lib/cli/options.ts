// Command-line options (node:util parseArgs) and the checks made before the
// database is opened: a mistake stops the command with one line and exit code
// 1, as runWithDatabase does for everything after.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UserFacingError } from "../errors";

/** The options' values, or a UserFacingError naming the mistake and the usage. `--help` prints the usage. */
export function parseOptions<const Options extends NonNullable<ParseArgsConfig["options"]>>(
  options: Options,
  usage: string,
  args: string[] = process.argv.slice(2),
) {
  if (args.includes("--help")) {
    console.log(`usage: ${usage}`);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS_")) throw error;
    // Node's message goes on to explain "--" for positional arguments; the first sentence is the mistake.
    const mistake = (error as Error).message.split(". ")[0];
    throw new UserFacingError(`${mistake}; usage: ${usage}`);
  }
}

/** Runs `check` (options, password ...); a UserFacingError it throws ends the process with one line. */
export async function beforeDatabase<T>(check: () => T | Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
}
