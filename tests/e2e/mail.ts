// Reads what the SMTP sink received: the newest message to an address, and the link in it.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "@playwright/test";

export const MAIL_DIR = fileURLToPath(new URL("../../.data/e2e-mail", import.meta.url));

/** Undoes quoted-printable soft breaks and escapes, which mailers use for long lines. */
function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function messagesTo(address: string): string[] {
  if (!fs.existsSync(MAIL_DIR)) return [];
  return fs
    .readdirSync(MAIL_DIR)
    .sort()
    .map((f) => fs.readFileSync(path.join(MAIL_DIR, f), "utf8"))
    .filter((m) => m.startsWith(`X-Envelope-To: ${address.toLowerCase()}`))
    .map(decodeQuotedPrintable);
}

/** Waits for an email to `address` whose body links to `pathname`, and returns that link. */
export async function linkFromEmail(address: string, pathname: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const pattern = new RegExp(`https?://[^\\s]+${pathname}\\?token=[A-Za-z0-9_-]{43}`);
        const found = messagesTo(address)
          .map((m) => pattern.exec(m)?.[0])
          .filter(Boolean);
        link = found.at(-1);
        return link;
      },
      { message: `an email to ${address} with a ${pathname} link`, timeout: 15_000 },
    )
    .toBeTruthy();
  return link!;
}

export function countMessagesTo(address: string): number {
  return messagesTo(address).length;
}
