/** An input problem found while rendering: names the file, printed by the CLI as one line. */
export class PdfInputError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'PdfInputError';
  }
}
