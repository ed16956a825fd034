/**
 * Document metadata and conformance claims: Info dictionary and XMP (title, author,
 * subject, keywords, dates), PDF/A identification (pdfkit's `subset`), the PDF/UA-1
 * identifier with its PDF/A extension-schema description, and fixed dates so the
 * bytes do not change between renders.
 */
import { documentInternals } from '../engine/pdfkit-internals';
import type { DerivedPlan } from '../../derive/derive-plan';
import { metadataText } from '../engine/control-characters';

export type Conformance = 'PDF/A-2a' | 'PDF/A-1b';

/** The date written into the PDF: SOURCE_DATE_EPOCH, else the plan's own dates. */
export function documentDate(plan: DerivedPlan, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  const iso = plan.plan.documentDate ?? plan.front.adoptedOn ?? `${plan.plan.period.start}-01-01`;
  return new Date(`${iso}T12:00:00Z`);
}

export function documentInfo(plan: DerivedPlan, date: Date): PDFKit.DocumentInfo {
  const { title, author, subject, keywords } = plan.front.metadata;
  return {
    Title: metadataText(title),
    Author: metadataText(author),
    Subject: metadataText(subject),
    Keywords: metadataText(keywords),
    Creator: 'planverk',
    Producer: 'planverk (pdfkit)',
    CreationDate: date,
  };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const PDFUA_EXTENSION = `
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas>
                <rdf:Bag>
                    <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                        <pdfaSchema:property>
                            <rdf:Seq>
                                <rdf:li rdf:parseType="Resource">
                                    <pdfaProperty:name>part</pdfaProperty:name>
                                    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                                    <pdfaProperty:category>internal</pdfaProperty:category>
                                    <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                                </rdf:li>
                            </rdf:Seq>
                        </pdfaSchema:property>
                    </rdf:li>
                </rdf:Bag>
            </pdfaExtension:schemas>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>`;

/**
 * Adds what pdfkit leaves out: the PDF/UA identifier, and XML escaping of the Info values
 * copied into the XMP (control characters are already gone: see documentInfo).
 */
export function completeMetadata(doc: PDFKit.PDFDocument, date: Date, conformance: Conformance): void {
  // No ModDate: Debian's Preflight cannot parse a second xmp:*Date, and a document that is
  // never modified after creation needs only CreationDate (mirrored as xmp:CreateDate).
  void date;
  if (conformance === 'PDF/A-2a') doc.appendXML(PDFUA_EXTENSION);
  // pdfkit copies Info values into the XMP unescaped; escape them just before it does.
  const target = documentInternals(doc);
  const original = target.endMetadata.bind(doc);
  target.endMetadata = () => {
    const saved = { ...target.info };
    for (const key of ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer']) {
      if (typeof target.info[key] === 'string') target.info[key] = escapeXml(target.info[key] as string);
    }
    original();
    target.info = saved;
  };
}
