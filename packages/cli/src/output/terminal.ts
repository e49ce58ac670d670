import { styleText } from "node:util";

type Style = "red" | "yellow" | "green" | "cyan" | "dim" | "bold";

export interface Stream {
  write(text: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Colours only on a terminal, never with NO_COLOR; FORCE_COLOR turns them on. */
function colourEnabled(stream: Stream, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true && env.TERM !== "dumb";
}

export class Terminal {
  readonly out: Stream;
  readonly err: Stream;
  readonly #colour: boolean;
  readonly #progress: boolean;
  #progressShown = false;

  constructor(out: Stream, err: Stream, env: NodeJS.ProcessEnv) {
    this.out = out;
    this.err = err;
    this.#colour = colourEnabled(out, env);
    this.#progress = err.isTTY === true && !env.CI;
  }

  style(style: Style, text: string): string {
    return this.#colour ? styleText(style, text, { validateStream: false }) : text;
  }

  print(text = ""): void {
    this.clearProgress();
    this.out.write(`${text}\n`);
  }

  warn(text: string): void {
    this.clearProgress();
    this.err.write(`${text}\n`);
  }

  json(data: unknown): void {
    this.out.write(`${JSON.stringify(data, null, 2)}\n`);
  }

  /** Progress on long work, on stderr, only when a person is watching. */
  progress(label: string, done: number, total: number): void {
    if (!this.#progress || total < 50) return;
    if (done !== total && done % 25 !== 0) return;
    this.err.write(`\r${label} ${done}/${total}`);
    this.#progressShown = true;
  }

  clearProgress(): void {
    if (!this.#progressShown) return;
    this.err.write("\r\u001b[2K");
    this.#progressShown = false;
  }

  /** The terminal's width; a file or pipe gets whole lines, since nobody reads it in a window. */
  get width(): number {
    if (this.out.isTTY !== true) return Number.POSITIVE_INFINITY;
    return this.out.columns && this.out.columns > 40 ? this.out.columns : 100;
  }
}
