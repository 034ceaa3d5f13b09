/*
 * htmlparser2's Parser, with its open-element stack capped: an element opened deeper than `maxDepth` is
 * dropped (its text stays, in the nearest kept ancestor), so a page of 100,000 unclosed tags parses in
 * linear time (the parser's own stack grows by unshift, quadratic in depth) and in bounded memory.
 * The override follows htmlparser2 12's tokenizer callbacks; the deep-page tests guard it.
 */
import { Parser } from 'htmlparser2';
import type { Handler, ParserOptions } from 'htmlparser2';

interface ParserInternals {
  stack: string[];
  tagname: string;
  openTagStart: number;
  startIndex: number;
  endIndex: number;
}

export class BoundedHtmlParser extends Parser {
  readonly #maxDepth: number;
  /** Elements dropped because they were nested deeper than the limit. */
  flattened = 0;

  constructor(handler: Partial<Handler>, options: ParserOptions, maxDepth: number) {
    super(handler, options);
    this.#maxDepth = maxDepth;
  }

  override onopentagname(start: number, endIndex: number): void {
    const self = this as unknown as ParserInternals;
    if (self.stack.length < this.#maxDepth) return super.onopentagname(start, endIndex);
    // As htmlparser2 drops a nested <form>: an empty tag name makes the attributes and the tag's end no-ops.
    this.flattened++;
    self.endIndex = endIndex;
    self.openTagStart = self.startIndex;
    self.tagname = '';
  }
}
