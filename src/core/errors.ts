/**
 * Typed errors. Domain code throws these; only the CLI layer turns them into exit codes
 * (see src/cli/main.ts). Every message is one line: where (file, line or field) and what was
 * expected.
 */

export type ExitCode = 0 | 1 | 2;

export class SkadekalkError extends Error {
  // Each class names itself: the parse bundle is minified without esbuild's keepNames
  // (scripts/build.mjs), so `new.target.name` would be a mangled name in a --debug trace.
  override name = 'SkadekalkError';
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** Where a bad value was found: a file, and a line or field inside it. */
export interface Location {
  file?: string | undefined;
  line?: number | undefined;
  field?: string | undefined;
}

export function formatLocation(loc: Location | undefined): string {
  if (!loc) return '';
  const parts: string[] = [];
  if (loc.file !== undefined) parts.push(loc.file);
  if (loc.line !== undefined) parts.push(`line ${loc.line}`);
  if (loc.field !== undefined) parts.push(loc.field);
  return parts.join(': ');
}

/** Invalid input or usage: exit 2. */
export class InputError extends SkadekalkError {
  override name = 'InputError';
  readonly location: Location | undefined;
  readonly detail: string;
  constructor(detail: string, location?: Location) {
    const where = formatLocation(location);
    super(oneLine(where ? `${where}: ${detail}` : detail), 2);
    this.detail = detail;
    this.location = location;
  }
  /** The same error, placed inside a file or field it did not know about. */
  within(loc: Location): InputError {
    const merged: Location = {
      file: this.location?.file ?? loc.file,
      line: this.location?.line ?? loc.line,
      field: joinField(loc.field, this.location?.field),
    };
    return new InputError(this.detail, merged);
  }
}

/** A command-line usage mistake (missing option, conflicting options): exit 2. */
export class UsageError extends InputError {
  override name = 'UsageError';
}

/** A check found discrepancies (renewal --to, settle --expect): exit 1. */
export class CheckFailed extends SkadekalkError {
  override name = 'CheckFailed';
  constructor(message: string) {
    super(oneLine(message), 1);
  }
}

function joinField(outer: string | undefined, inner: string | undefined): string | undefined {
  if (outer === undefined) return inner;
  if (inner === undefined) return outer;
  return inner.startsWith('[') ? `${outer}${inner}` : `${outer}.${inner}`;
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
