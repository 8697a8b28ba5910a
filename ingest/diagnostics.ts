// Problems found in the input, recorded with file, line and rule instead of thrown
// (in the manner of vfile messages), and reported once at the end.

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  file: string;
  line: number | null;
  rule: string;
  severity: Severity;
  message: string;
}

/** Collects the diagnostics of one file. */
export class DiagnosticSink {
  readonly file: string;
  readonly list: Diagnostic[] = [];

  constructor(file: string) {
    this.file = file;
  }

  error(line: number | null, rule: string, message: string): void {
    this.list.push({ file: this.file, line, rule, severity: 'error', message });
  }

  warn(line: number | null, rule: string, message: string): void {
    this.list.push({ file: this.file, line, rule, severity: 'warning', message });
  }

  info(line: number | null, rule: string, message: string): void {
    this.list.push({ file: this.file, line, rule, severity: 'info', message });
  }
}

/** Formats one diagnostic as `file:line: severity message [rule]`. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const place = diagnostic.line === null ? diagnostic.file : `${diagnostic.file}:${diagnostic.line}`;
  return `${place}: ${diagnostic.severity} ${diagnostic.message} [${diagnostic.rule}]`;
}

/** True when any diagnostic is an error, which makes the run fail. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}
