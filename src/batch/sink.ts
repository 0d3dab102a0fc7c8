/**
 * Where batch results go: stdout (fd 1) or an `-o` file written atomically (committed only when
 * the run completes). Results arrive as one large piece per batch and are written with
 * synchronous writes, never line by line.
 *
 * The output format's frame is added here: the CSV header; for JSON the array's brackets and
 * the commas between elements (a batch's JSON records each end with ",\n"; the last two bytes
 * of the output so far are held back until the next record or the end shows what follows).
 */
import { openAtomic, writeStdout, type AtomicFile } from '../cli/output.js';
import { csvHeader, type CsvSep } from './csv-out.js';
import type { OutputFormat } from './settle-batch.js';

/** The reader of stdout went away (`| head`): the run stops quietly. */
export class OutputClosed extends Error {
  constructor() {
    super('the reader of stdout went away');
  }
}

export class Sink {
  private file: AtomicFile | null = null;
  private started = false;

  constructor(
    private readonly format: OutputFormat,
    outFile: string | undefined,
    private readonly sep: CsvSep = ',',
    /** The run has earlier results (--previous): CSV has their columns. */
    private readonly previous = false,
  ) {
    if (outFile !== undefined && outFile !== '-') this.file = openAtomic(outFile);
  }

  private raw(data: string | Uint8Array): void {
    if (this.file !== null) {
      this.file.write(data);
      return;
    }
    if (!writeStdout(data)) throw new OutputClosed();
  }

  begin(): void {
    if (this.format === 'csv') this.raw(csvHeader(this.sep, this.previous));
    else if (this.format === 'json') this.raw('[\n');
  }

  /** The records of one batch, as settleBatch wrote them. */
  write(out: Uint8Array): void {
    if (out.length === 0) return;
    if (this.format !== 'json') {
      this.raw(out);
      return;
    }
    // each JSON record ends with ",\n": write all but that, and put ",\n" before the next
    if (this.started) this.raw(',\n');
    this.raw(out.subarray(0, out.length - 2));
    this.started = true;
  }

  /** Close the frame and, for -o, put the file in place. */
  end(): void {
    if (this.format === 'json') this.raw(this.started ? '\n]\n' : ']\n');
    this.file?.commit();
  }

  /** The run did not complete: an -o file is not written (an existing one stays as it was). */
  abort(): void {
    this.file?.abort();
  }
}
