/** The part of `linebreak` (UAX #14, a pdfkit dependency) that planverk uses. */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity: `position` is a UTF-16 offset into the text. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
