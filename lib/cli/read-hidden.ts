// Asks for a line on the terminal without echoing it (a password). Only for
// an interactive terminal: callers check process.stdin.isTTY first.
import { UserFacingError } from "../errors";

const ENTER = new Set(["\r", "\n"]);
const CTRL_C = "\u0003";
const CTRL_D = "\u0004";
const BACKSPACE = new Set(["\u007f", "\b"]);
const ESCAPE = "\u001b";

export function readHidden(question: string): Promise<string> {
  const { stdin, stderr } = process;
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = (error?: Error) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write("\n");
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (ENTER.has(char)) return finish();
        if (char === CTRL_C || (char === CTRL_D && value === "")) return finish(new UserFacingError("cancelled"));
        // Arrow keys and the like arrive as escape sequences: not part of a password.
        if (char === ESCAPE) return;
        if (BACKSPACE.has(char)) value = Array.from(value).slice(0, -1).join("");
        else if (char >= " ") value += char;
      }
    };
    stderr.write(question);
    stdin.setEncoding("utf8");
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}
