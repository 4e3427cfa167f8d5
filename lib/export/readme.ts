// README.txt of an export: what each file is (pure, no I/O).
import type { Section } from "./paging";

const WIDTH = 78;

function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(/\s+/)) {
    if (line.trim() && line.length + word.length + 1 > WIDTH) {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += `${word} `;
  }
  lines.push(line.trimEnd());
  return lines.join("\n");
}

export function exportReadme(
  member: { handle: string },
  sections: readonly Section[],
  builtAt: Date,
): string {
  const files = sections.map((s) => `${s.file}\n${wrap(s.about, "    ")}`).join("\n\n");
  return `Landed: everything we hold about @${member.handle}
Exported ${builtAt.toISOString()}

This ZIP holds, as JSON, the data Landed keeps about you, and the evidence files you
uploaded. Times are in UTC (ISO 8601). Ids let you match records across files (a
post's threadId, a message's requestId, an evidence file's caseRecordId).

It holds nothing about other people beyond what you could already read in Landed: the
names of the members you had a mentorship with, never their email; no one else's
hidden posts; not who else reported something. It holds no password or token.

Files

${files}

evidence/<case record id>/<file id>-<name>
    The evidence files you uploaded and that are still held, byte for byte.

This export is yours: keep it somewhere safe, since it holds your immigration details.
Landed deletes its copy 7 days after it was made.
`;
}
