import { describe, expect, it } from "vitest";
import { readNewAdmin, type AskHidden, type PasswordEnv } from "./new-admin";

const PASSWORD = "correct horse battery";

/** A terminal that answers the prompts in turn and remembers what it was asked. */
function terminal(...answers: string[]): { ask: AskHidden; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    ask: async (question) => {
      asked.push(question);
      return answers.shift() ?? "";
    },
  };
}

const read = (args: string[], env: PasswordEnv = { ADMIN_PASSWORD: PASSWORD }, ask: AskHidden = null) =>
  readNewAdmin(args, env, ask);

describe("readNewAdmin", () => {
  it("takes the password from ADMIN_PASSWORD and the name from the email", async () => {
    await expect(read(["--email", " Admin@Example.org ", "--role", "admin"])).resolves.toEqual({
      email: "admin@example.org",
      name: "Admin",
      role: "admin",
      password: PASSWORD,
    });
  });

  it("keeps a given name", async () => {
    const input = await read(["--email", "ed@example.org", "--role", "editor", "--name", "Ed Itor"]);
    expect(input.name).toBe("Ed Itor");
  });

  it.each([
    [["--email", "nope", "--role", "admin"], "--email must be an email address, e.g. editor@example.org"],
    [["--email", "a@example.org"], "--role must be admin or editor"],
    [["--email", "a@example.org", "--role", "owner"], "--role must be admin or editor"],
    [["--email", "a@example.org", "--role", "admin", "--name", " "], "--name is required"],
    [["--role", "admin"], "--email must be an email address, e.g. editor@example.org"],
    [["--email", "a@example.org", "--role", "admin", "--force"], "Unknown option '--force'; usage: npm run"],
    [["--email"], "Option '--email <value>' argument missing; usage"],
  ])("refuses %j naming the option", async (args, message) => {
    await expect(read(args)).rejects.toThrow(message);
  });

  it("names ADMIN_PASSWORD when it is too short, even empty", async () => {
    for (const password of ["short", ""])
      await expect(read(["--email", "a@example.org", "--role", "admin"], { ADMIN_PASSWORD: password })).rejects.toThrow(
        "ADMIN_PASSWORD must be at least 12 characters",
      );
  });

  it("asks twice on a terminal when ADMIN_PASSWORD is unset", async () => {
    const { ask, asked } = terminal(PASSWORD, PASSWORD);
    const input = await read(["--email", "a@example.org", "--role", "admin"], {}, ask);
    expect(input.password).toBe(PASSWORD);
    expect(asked).toEqual(["Password for a@example.org: ", "The same password again: "]);
  });

  it("refuses two different answers, and a short one before asking again", async () => {
    const args = ["--email", "a@example.org", "--role", "admin"];
    await expect(read(args, {}, terminal(PASSWORD, `${PASSWORD}!`).ask)).rejects.toThrow(
      "the two passwords differ; nothing was created",
    );
    const short = terminal("short");
    await expect(read(args, {}, short.ask)).rejects.toThrow("the password must be at least 12 characters");
    expect(short.asked).toHaveLength(1);
  });

  it("refuses to go on without ADMIN_PASSWORD or a terminal", async () => {
    await expect(read(["--email", "a@example.org", "--role", "admin"], {}, null)).rejects.toThrow(
      /no password: set ADMIN_PASSWORD/,
    );
  });
});
