import { xmlText } from './xmlText'

/**
 * The fixed parts of a SpreadsheetML package (ECMA-376 Part 1 §12 and Part 2, Open Packaging Conventions):
 * content types, relationships, document properties and the workbook part with its sheets and defined names.
 */

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export interface DefinedName {
  readonly name: string
  /** The sheet the name belongs to, counted from 0; a workbook-wide name has none. */
  readonly localSheetId?: number
  readonly range: string
}

interface PackageProperties {
  readonly title: string
  readonly subject: string
  readonly creator: string
  readonly keywords: string
  readonly language: string
  readonly created: Date
}

export function contentTypesXml(sheets: number, sharedStrings: boolean): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-${type}"/>`
  let xml = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
  xml +=
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
  xml += override('/xl/workbook.xml', 'officedocument.spreadsheetml.sheet.main+xml')
  for (let i = 1; i <= sheets; i++) xml += override(`/xl/worksheets/sheet${i}.xml`, 'officedocument.spreadsheetml.worksheet+xml')
  xml += override('/xl/theme/theme1.xml', 'officedocument.theme+xml')
  xml += override('/xl/styles.xml', 'officedocument.spreadsheetml.styles+xml')
  if (sharedStrings) xml += override('/xl/sharedStrings.xml', 'officedocument.spreadsheetml.sharedStrings+xml')
  // Declared as the files always have (for comments' drawings), though none has such a part.
  xml += '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
  xml += override('/docProps/core.xml', 'package.core-properties+xml')
  xml += override('/docProps/app.xml', 'officedocument.extended-properties+xml')
  return `${xml}</Types>`
}

export function rootRelationshipsXml(): string {
  return (
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${RELATIONSHIPS}/extended-properties" Target="docProps/app.xml"/></Relationships>`
  )
}

/** Styles rId1, theme rId2, shared strings rId3, then the sheets from rId4 (the workbook part refers to these). */
export function workbookRelationshipsXml(sheets: number): string {
  let xml = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
  xml += `<Relationship Id="rId1" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>`
  xml += `<Relationship Id="rId2" Type="${RELATIONSHIPS}/theme" Target="theme/theme1.xml"/>`
  xml += `<Relationship Id="rId3" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/>`
  for (let i = 1; i <= sheets; i++) xml += `<Relationship Id="rId${i + 3}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${i}.xml"/>`
  return `${xml}</Relationships>`
}

export function workbookXml(sheetNames: readonly string[], names: readonly DefinedName[]): string {
  let xml = `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${RELATIONSHIPS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">`
  xml += '<fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/><sheets>'
  sheetNames.forEach((name, i) => {
    xml += `<sheet sheetId="${i + 1}" name="${xmlText(name)}" state="visible" r:id="rId${i + 4}"/>`
  })
  xml += '</sheets>'
  if (names.length > 0) {
    xml += '<definedNames>'
    for (const n of names)
      xml += `<definedName name="${xmlText(n.name)}"${n.localSheetId === undefined ? '' : ` localSheetId="${n.localSheetId}"`}>${xmlText(n.range)}</definedName>`
    xml += '</definedNames>'
  }
  return `${xml}<calcPr calcId="171027"/></workbook>`
}

/** A moment as the document properties store it: UTC, whole seconds. */
function w3cdtf(moment: Date): string {
  return `${moment.toISOString().slice(0, 19)}Z`
}

export function corePropertiesXml(p: PackageProperties): string {
  const when = w3cdtf(p.created)
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${xmlText(p.creator)}</dc:creator><dc:title>${xmlText(p.title)}</dc:title><dc:subject>${xmlText(p.subject)}</dc:subject>` +
    `<dc:language>${xmlText(p.language)}</dc:language><cp:keywords>${xmlText(p.keywords)}</cp:keywords><cp:lastModifiedBy>${xmlText(p.creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  )
}

export function appPropertiesXml(sheetNames: readonly string[]): string {
  const n = sheetNames.length
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${n}" baseType="lpstr">${sheetNames.map((name) => `<vt:lpstr>${xmlText(name)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
    '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
  )
}
