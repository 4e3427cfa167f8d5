// A local SMTP server that keeps every message as a file, so tests can open emailed links; and a
// local OpenID Connect provider for the "Test ID" sign-ins (oidc-provider.ts).
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { baseURL, OIDC_ISSUER, SMTP_PORT } from "./playwright.config";
import { MAIL_DIR } from "./mail";
import { startOidcProvider } from "./oidc-provider";

export default async function globalSetup() {
  fs.rmSync(MAIL_DIR, { recursive: true, force: true });
  fs.mkdirSync(MAIL_DIR, { recursive: true });
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase()).join(",");
        n += 1;
        fs.writeFileSync(
          path.join(MAIL_DIR, `${Date.now()}-${n}.eml`),
          `X-Envelope-To: ${to}\r\n${Buffer.concat(chunks).toString("utf8")}`,
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(SMTP_PORT, "127.0.0.1", resolve));
  const stopOidc = await startOidcProvider(OIDC_ISSUER, `${baseURL}/api/auth/callback/oidc`);
  return async () => {
    await stopOidc();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
