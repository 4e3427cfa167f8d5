import { ValidationError } from "@/lib/errors";
import {
  checkEvidenceFile,
  cleanFileName,
  EVIDENCE_MAX_BYTES,
  sniffEvidenceType,
} from "@/lib/verification/files";

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

const pdf = bytes("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n");
const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], "IHDR");
const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF\0");

function fileErrorOf(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    return (err as ValidationError).fieldErrors.file?.[0] ?? "";
  }
  throw new Error("the file was accepted");
}

describe("sniffing an evidence file by its bytes", () => {
  it("knows PDF, PNG and JPEG by their signatures", () => {
    expect(sniffEvidenceType(pdf)).toBe("application/pdf");
    expect(sniffEvidenceType(png)).toBe("image/png");
    expect(sniffEvidenceType(jpeg)).toBe("image/jpeg");
  });

  it("refuses everything else, whatever the name or the browser says", () => {
    const others = [
      bytes("<!doctype html><script>alert(1)</script>"),
      bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      bytes([0x50, 0x4b, 0x03, 0x04], "word/document.xml"), // ZIP / DOCX
      bytes("GIF89a"),
      bytes("  %PDF-1.7"), // a signature that does not start the file
      bytes([0x89, 0x50, 0x4e, 0x47]), // a PNG signature cut short
      bytes([0xff, 0xd8]),
      new Uint8Array(0),
    ];
    for (const other of others) expect(sniffEvidenceType(other)).toBeNull();
    expect(fileErrorOf(() => checkEvidenceFile(others[0]!, "notice.pdf"))).toMatch(
      /PDF, PNG or JPEG/,
    );
  });

  it("rejects an empty file and one over 10 MiB; exactly 10 MiB passes", () => {
    expect(fileErrorOf(() => checkEvidenceFile(new Uint8Array(0), "notice.pdf"))).toMatch(/empty/);
    const limit = new Uint8Array(EVIDENCE_MAX_BYTES);
    limit.set(pdf);
    expect(checkEvidenceFile(limit, "notice.pdf").size).toBe(EVIDENCE_MAX_BYTES);
    const over = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    over.set(pdf);
    expect(fileErrorOf(() => checkEvidenceFile(over, "notice.pdf"))).toMatch(/limit is 10 MB/);
  });

  it("takes the type from the bytes and fixes the name's extension to match", () => {
    expect(checkEvidenceFile(png, "scan.pdf")).toEqual({
      contentType: "image/png",
      fileName: "scan.png",
      size: png.byteLength,
    });
  });
});

describe("the file name kept for display", () => {
  it("drops folders, control and quote characters, and keeps the proven extension", () => {
    expect(cleanFileName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(cleanFileName("C:\\Users\\me\\I-797 approval.PDF", "application/pdf")).toBe(
      "I-797 approval.pdf",
    );
    expect(cleanFileName('a"b\r\nContent-Type: text;.jpg', "image/jpeg")).toBe(
      "abContent-Type text.jpg",
    );
    expect(cleanFileName(".htaccess", "image/png")).toBe("htaccess.png");
    expect(cleanFileName("notice\u202egpj.exe", "image/png")).toBe("noticegpj.png");
  });

  it("names a file with nothing left 'evidence' and keeps names short", () => {
    expect(cleanFileName("...", "image/png")).toBe("evidence.png");
    expect(cleanFileName("", "application/pdf")).toBe("evidence.pdf");
    expect(cleanFileName(`${"x".repeat(300)}.pdf`, "application/pdf")).toHaveLength(94);
  });
});
