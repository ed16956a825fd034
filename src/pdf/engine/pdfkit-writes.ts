/**
 * pdfkit turns every string it writes (content-stream operators, object dictionaries,
 * the cross-reference table) into bytes with a JavaScript loop over the characters
 * (`fromBinaryString`: the low byte of each UTF-16 unit) and then hands a plain
 * Uint8Array to the stream, which copies it into a Buffer. Here the strings are encoded
 * natively with Buffer.from(…, 'latin1'), which keeps exactly the same low byte of each
 * unit, so the PDF's bytes do not change. Installed once per process on pdfkit's
 * classes (PDFReference.write, PDFReference.finalize and PDFDocument._write) by
 * `useNativeWrites`.
 *
 * pdfkit deflates every stream at zlib's default level 6. Level 3 deflates the page
 * content streams in half the time (zlib was 8–12 % of a PDF's rendering) for about 18 %
 * larger content streams, about 5 % larger PDFs; measured in docs/prestanda.md ("PDF-
 * strömmarna på zlib-nivå 3").
 */
import { deflateSync } from 'node:zlib';
import { documentInternals, type ReferenceInternals } from './pdfkit-internals';

type Writer = (this: unknown, data: unknown) => unknown;
interface WithWrite { write: Writer; finalize(this: ReferenceInternals): void }
interface WithDocWrite { _write: Writer }

export const STREAM_DEFLATE_LEVEL = 3;

const patched = new WeakSet<object>();

const bytes = (data: unknown) => (typeof data === 'string' ? Buffer.from(`${data}\n`, 'latin1') : data);

export function useNativeWrites(doc: PDFKit.PDFDocument): void {
  const documentProto = Object.getPrototypeOf(doc) as WithDocWrite;
  if (!patched.has(documentProto)) {
    patched.add(documentProto);
    const write = documentProto._write;
    documentProto._write = function nativeWrite(data) { return write.call(this, bytes(data)); };
  }
  const referenceProto = Object.getPrototypeOf(documentInternals(doc)._root) as WithWrite;
  if (!patched.has(referenceProto)) {
    patched.add(referenceProto);
    const write = referenceProto.write;
    referenceProto.write = function nativeWrite(chunk) { return write.call(this, bytes(chunk)); };
    const finalize = referenceProto.finalize;
    // Deflated here, pdfkit's own finalize then writes the one chunk as it is (its `write`
    // has already set the FlateDecode filter).
    referenceProto.finalize = function deflateThenFinalize() {
      if (this.compress && this.buffer.length > 0) {
        this.buffer = [deflateSync(Buffer.concat(this.buffer), { level: STREAM_DEFLATE_LEVEL })];
        this.compress = false;
      }
      finalize.call(this);
    };
  }
}
