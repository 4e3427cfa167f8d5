// Checks an uploaded evidence file by its bytes, never by the browser's word: a PDF, PNG or JPEG
// of at most 10 MiB, and not empty. Pure, no I/O, so the form can share the limits.
import { ValidationError } from "@/lib/errors";

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/** An upload request: the file and the form around it (the note, the record's id, multipart). */
export const EVIDENCE_FORM_MAX_BYTES = EVIDENCE_MAX_BYTES + 64 * 1024;
/** Files a case record may hold at once (several pages, a second scan). */
export const EVIDENCE_FILES_MAX = 5;

export const evidenceTypes = {
  "application/pdf": { extension: "pdf", label: "PDF" },
  "image/png": { extension: "png", label: "PNG image" },
  "image/jpeg": { extension: "jpg", label: "JPEG image" },
} as const;

export type EvidenceContentType = keyof typeof evidenceTypes;

/** For `<input type="file" accept>`: a hint to the browser only; the server sniffs the bytes. */
export const EVIDENCE_ACCEPT = Object.keys(evidenceTypes).join(",");

const signatures: Array<{ type: EvidenceContentType; bytes: number[] }> = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
];

/** The type the first bytes prove, or null for anything else (HTML, SVG, ZIP, scripts…). */
export function sniffEvidenceType(bytes: Uint8Array): EvidenceContentType | null {
  for (const { type, bytes: magic } of signatures) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return type;
  }
  return null;
}

export function formatFileSize(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} KB`;
  return `${Number((size / (1024 * 1024)).toFixed(1))} MB`;
}

/** Refuses an empty or oversize file before its bytes are read. */
export function checkEvidenceSize(size: number): void {
  if (size <= 0) throw fileError("This file is empty. Choose the scan or photo of your notice.");
  if (size > EVIDENCE_MAX_BYTES) {
    throw fileError(
      `This file is ${formatFileSize(size)}; the limit is ${formatFileSize(EVIDENCE_MAX_BYTES)}. Scan at a lower resolution or send one page.`,
    );
  }
}

export interface CheckedEvidence {
  contentType: EvidenceContentType;
  fileName: string;
  size: number;
}

/** The size, then the bytes' own type; the name is cleaned for display and downloads only. */
export function checkEvidenceFile(bytes: Uint8Array, name: string): CheckedEvidence {
  checkEvidenceSize(bytes.byteLength);
  const contentType = sniffEvidenceType(bytes);
  if (!contentType) {
    throw fileError("Send a PDF, PNG or JPEG file. This file is none of these, whatever its name.");
  }
  return { contentType, fileName: cleanFileName(name, contentType), size: bytes.byteLength };
}

/**
 * A display name: the last path segment, no control or quote characters, at most 100 characters,
 * ending in the extension of the type the bytes proved. Never used as a storage path.
 */
export function cleanFileName(name: string, type: EvidenceContentType): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const stem = base
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    // Control characters, quotes and characters that Windows or a header would choke on.
    .replace(/[\p{Cc}\p{Cf}"<>:|?*;\\]/gu, "")
    .replace(/\s+/g, " ")
    // No hidden files, and no trailing dots that Windows drops.
    .replace(/^[.\s]+|[.\s]+$/g, "")
    .slice(0, 90);
  return `${stem || "evidence"}.${evidenceTypes[type].extension}`;
}

function fileError(message: string): ValidationError {
  return new ValidationError(message, { file: [message] });
}
