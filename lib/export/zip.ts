// Writes a ZIP to a local file one entry at a time, streamed: fflate compresses each chunk as it is
// pushed, and the writer waits for the file to drain, so memory stays bounded whatever the size.
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from "fflate";

export class ZipFileWriter {
  private readonly out: WriteStream;
  private readonly zip: Zip;
  private readonly ended: Promise<void>;
  private failure: Error | null = null;
  private bytes = 0;

  constructor(file: string) {
    this.out = createWriteStream(file, { flags: "wx", mode: 0o600 });
    this.out.on("error", (err) => {
      this.failure ??= err;
    });
    let end!: () => void;
    this.ended = new Promise((resolve) => (end = resolve));
    this.zip = new Zip((err, chunk, final) => {
      if (err) {
        this.failure ??= err;
        end();
        return;
      }
      this.bytes += chunk.length;
      this.out.write(chunk);
      if (final) end();
    });
  }

  /** Adds one entry from its chunks; compressed unless `store` (files that are already compressed). */
  async add(
    name: string,
    chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
    { store = false } = {},
  ): Promise<void> {
    const entry = store ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    this.zip.add(entry);
    for await (const chunk of chunks) {
      entry.push(typeof chunk === "string" ? strToU8(chunk) : chunk);
      await this.drained();
    }
    entry.push(new Uint8Array(0), true);
    await this.drained();
  }

  /** Ends the archive and the file; returns the ZIP's size in bytes. */
  async close(): Promise<number> {
    this.zip.end();
    await this.ended;
    this.out.end();
    await once(this.out, "close");
    if (this.failure) throw this.failure;
    return this.bytes;
  }

  /** Stops writing after a failure (the caller removes the file). */
  destroy(): void {
    this.zip.terminate();
    this.out.destroy();
  }

  private async drained(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.out.writableNeedDrain) await once(this.out, "drain");
    if (this.failure) throw this.failure;
  }
}
