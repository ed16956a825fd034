/** The part of sax (svgo's XML parser) that svg-limits.ts uses. */
declare module 'sax' {
  export interface QualifiedAttribute { name: string; value: string }
  export interface QualifiedTag { name: string; attributes: Record<string, QualifiedAttribute> }
  export interface SAXOptions { [option: string]: boolean | number | undefined }
  export interface SAXParser {
    ENTITIES: Record<string, string>;
    line: number;
    column: number;
    ondoctype: (doctype: string) => void;
    onopentag: (tag: QualifiedTag) => void;
    onclosetag: (name: string) => void;
    onerror: (error: Error) => void;
    write(data: string): SAXParser;
    close(): SAXParser;
  }
  export function parser(strict: boolean, options: SAXOptions): SAXParser;
}
