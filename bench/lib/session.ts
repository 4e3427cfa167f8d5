// Sessions for the load: the applicant signs in through the real form in Chromium (the cookie the
// browser got is reused by the load generator), and the reply request is captured from a real
// submit of the reply form, so the load posts exactly what a browser posts. Reply writers are many
// seeded members (the posting gap allows one post per member every few seconds): their session
// cookies are minted with the benchmark server's own secret, exactly as next-auth signs them.
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { chromium } from "playwright-core";

export const SESSION_COOKIE = "authjs.session-token";

export interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface BrowserSession<R> {
  cookie: string;
  reply: R;
}

/** Signs in; with `threadPath`, also posts one reply there and returns the captured request. */
export async function signInInBrowser<P extends string | undefined>(options: {
  baseUrl: string;
  email: string;
  password: string;
  threadPath: P;
}): Promise<BrowserSession<P extends string ? CapturedAction : null>> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage({ baseURL: options.baseUrl });
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(options.email);
    await page.getByLabel("Password", { exact: true }).fill(options.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/feed$/, { timeout: 30_000 });
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === SESSION_COOKIE);
    if (!session) throw new Error("signed in, but no session cookie was set");
    const cookie = `${SESSION_COOKIE}=${session.value}`;
    type Reply = P extends string ? CapturedAction : null;
    if (!options.threadPath) return { cookie, reply: null as Reply };

    await page.goto(options.threadPath);
    const captured = new Promise<CapturedAction>((resolve) => {
      page.on("request", (request) => {
        const headers = request.headers();
        if (request.method() === "POST" && headers["next-action"]) {
          resolve({ url: request.url(), headers, body: request.postData() ?? "" });
        }
      });
    });
    await page
      .getByRole("textbox", { name: "Your reply" })
      .fill(`Benchmark reply written in the browser ${randomUUID()}`);
    await page.getByRole("button", { name: "Post reply" }).click();
    const reply = await captured;
    return { cookie, reply: reply as Reply };
  } finally {
    await browser.close();
  }
}

/** A session cookie for a seeded member, signed as next-auth signs its own (same claims). */
export async function mintSessionCookie(
  secret: string,
  user: { id: string; email: string; name: string; sessionVersion: number },
): Promise<string> {
  const token = await encode({
    secret,
    salt: SESSION_COOKIE,
    token: {
      sub: user.id,
      name: user.name,
      email: user.email,
      sv: user.sessionVersion,
      sid: randomUUID(),
      authTime: Date.now(),
    },
  });
  return `${SESSION_COOKIE}=${token}`;
}
