// Command-line flags of the benchmark scripts: `--name` switches and `--name N` positive numbers, `--name text`.
const args = process.argv.slice(2);

export function flag(name: string): boolean {
  return args.includes(`--${name}`);
}

export function option(name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} takes a positive number`);
  return value;
}

export function optionText(name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}
