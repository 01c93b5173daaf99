#!/usr/bin/python3
"""Compares every .xlsx in two folders as a reader sees it (openpyxl): sheets, cells, styles, print settings.

    /usr/bin/python3 bench/compareWorkbooks.py BEFORE_FOLDER AFTER_FOLDER [--max-differences N] [--parts]

Per workbook pair (matched by file name): sheet names; per cell its value, formula, data type, number
format, font (bold, italic, size, name, colour), fill, border, alignment; column widths and row heights;
merged cells; freeze panes; autofilter; defined names (workbook-wide and sheet-local, the sheet-local
`_xlnm._FilterDatabase` included); print titles and print area; page setup (orientation, paper size,
scale, fitToPage, fitToWidth and fitToHeight), margins, header and footer; manual row breaks.
Document properties other than the creation time are compared too. Exit code 0 when everything is the
same, 1 on any difference (the first ones are printed), 2 when the folders do not hold the same files.

With --parts the files are compared part by part instead, as bytes: every part must be byte for byte the
same, except the creation time in docProps/core.xml, the order of [Content_Types].xml's entries and the
white space between the theme's tags. Much faster than reading the cells (the stress case's 100,000-row
sheets), and stricter.
"""

import os
import sys
import zipfile
import re

import openpyxl


def color(c):
    if c is None:
        return None
    return (c.type, c.rgb if c.type == 'rgb' else c.theme if c.type == 'theme' else c.indexed, c.tint)


def font(f):
    return (f.b, f.i, f.u, f.sz, f.name, color(f.color), f.strike, f.vertAlign)


def fill(f):
    return (f.fill_type, color(f.fgColor), color(f.bgColor)) if f is not None else None


def side(s):
    return (s.style, color(s.color)) if s is not None else None


def border(b):
    return (side(b.left), side(b.right), side(b.top), side(b.bottom), side(b.diagonal))


def alignment(a):
    return (a.horizontal, a.vertical, a.wrap_text, a.indent, a.text_rotation, a.shrink_to_fit)


def column_widths(ws):
    """Width per column number, ranges expanded; None where the sheet's default applies."""
    widths = {}
    for dim in ws.column_dimensions.values():
        if dim.min is None:
            continue
        for col in range(dim.min, (dim.max or dim.min) + 1):
            widths[col] = (dim.width if dim.customWidth else None, dim.hidden)
    return sorted(widths.items())


def row_heights(ws):
    return sorted((n, d.ht, d.customHeight, d.hidden) for n, d in ws.row_dimensions.items() if d.ht is not None or d.hidden)


def local_names(ws):
    # openpyxl 3.1 keeps sheet-local names on the sheet; 3.0 leaves them in the workbook's list.
    names = getattr(ws, 'defined_names', None)
    if names is None or not hasattr(names, 'items'):
        return []
    return sorted((name, dn.attr_text) for name, dn in names.items())


def workbook_names(wb):
    names = wb.defined_names
    entries = names.definedName if hasattr(names, 'definedName') else names.values()
    return sorted((d.name, d.attr_text, d.localSheetId) for d in entries)


def sheet_facts(ws):
    ps = ws.page_setup
    m = ws.page_margins
    hf = ws.HeaderFooter
    return {
        'freeze_panes': ws.freeze_panes,
        'auto_filter': ws.auto_filter.ref,
        'merged': sorted(str(r) for r in ws.merged_cells.ranges),
        'print_title_rows': ws.print_title_rows,
        'print_title_cols': ws.print_title_cols,
        'print_area': ws.print_area,
        'page_setup': (ps.orientation, ps.paperSize, ps.scale, ps.fitToWidth, ps.fitToHeight, ps.horizontalDpi, ps.verticalDpi),
        'fit_to_page': ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr is not None else None,
        'print_options': (ws.print_options.horizontalCentered, ws.print_options.verticalCentered, ws.print_options.gridLines),
        'margins': (m.left, m.right, m.top, m.bottom, m.header, m.footer),
        'header_footer': (hf.oddHeader.left.text, hf.oddHeader.center.text, hf.oddHeader.right.text,
                          hf.oddFooter.left.text, hf.oddFooter.center.text, hf.oddFooter.right.text,
                          hf.differentFirst, hf.differentOddEven),
        'header_footer_size': (hf.oddHeader.left.size, hf.oddHeader.right.size, hf.oddFooter.left.size, hf.oddFooter.center.size, hf.oddFooter.right.size),
        'row_breaks': [(b.id, b.min, b.max, b.man) for b in ws.row_breaks.brk],
        'col_breaks': [(b.id, b.min, b.max, b.man) for b in ws.col_breaks.brk],
        'show_grid_lines': ws.sheet_view.showGridLines,
        'selection': [(s.pane, s.activeCell, s.sqref) for s in ws.sheet_view.selection],
        'pane': (ws.sheet_view.pane.xSplit, ws.sheet_view.pane.ySplit, ws.sheet_view.pane.topLeftCell, ws.sheet_view.pane.activePane, ws.sheet_view.pane.state) if ws.sheet_view.pane else None,
        'column_widths': column_widths(ws),
        'row_heights': row_heights(ws),
        'local_names': local_names(ws),
        'dimensions': ws.dimensions,
    }


def cell_facts(cell):
    return (cell.value, cell.data_type, cell.number_format, font(cell.font), fill(cell.fill), border(cell.border), alignment(cell.alignment))


def cached_values(path):
    """Cached formula results (openpyxl's data_only view)."""
    wb = openpyxl.load_workbook(path, data_only=True)
    out = {ws.title: {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None} for ws in wb.worksheets}
    wb.close()
    return out


FILTER_NAME = re.compile(r'<definedName name="_xlnm\._FilterDatabase" localSheetId="(\d+)"[^>]*>([^<]*)</definedName>')


def filter_names(path):
    """openpyxl drops `_xlnm._FilterDatabase` on reading, so the names are read from the workbook part itself."""
    with zipfile.ZipFile(path) as z:
        return sorted(FILTER_NAME.findall(z.read('xl/workbook.xml').decode('utf-8')))


def compare_workbook(before, after, report):
    a = openpyxl.load_workbook(before)
    b = openpyxl.load_workbook(after)
    name = os.path.basename(before)
    if a.sheetnames != b.sheetnames:
        report(name, 'sheet names', a.sheetnames, b.sheetnames)
        return
    pa, pb = a.properties, b.properties
    for attr in ('title', 'subject', 'creator', 'keywords', 'language', 'lastModifiedBy', 'description', 'category'):
        if getattr(pa, attr) != getattr(pb, attr):
            report(name, f'property {attr}', getattr(pa, attr), getattr(pb, attr))
    names_a = workbook_names(a)
    names_b = workbook_names(b)
    if names_a != names_b:
        report(name, 'workbook defined names', names_a, names_b)
    if filter_names(before) != filter_names(after):
        report(name, '_xlnm._FilterDatabase', filter_names(before), filter_names(after))
    for sa, sb in zip(a.worksheets, b.worksheets):
        where = f'{name} [{sa.title}]'
        fa, fb = sheet_facts(sa), sheet_facts(sb)
        for key in fa:
            if fa[key] != fb[key]:
                report(where, key, fa[key], fb[key])
        rows = max(sa.max_row, sb.max_row)
        cols = max(sa.max_column, sb.max_column)
        for r in range(1, rows + 1):
            for c in range(1, cols + 1):
                ca, cb = sa.cell(r, c), sb.cell(r, c)
                if cell_facts(ca) != cell_facts(cb):
                    report(where, f'cell {ca.coordinate}', cell_facts(ca), cell_facts(cb))
    if cached_values(before) != cached_values(after):
        report(name, 'cached formula results', '(differ)', '')
    a.close()
    b.close()


CREATED = re.compile(rb'<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">[^<]*</dcterms:\1>')
CONTENT_TYPE = re.compile(rb'<(?:Default|Override) [^>]*/>')
BETWEEN_TAGS = re.compile(rb'>\s+<')


def normalised_part(name, data):
    if name == 'docProps/core.xml':
        return CREATED.sub(b'', data)
    if name == '[Content_Types].xml':
        return b'\n'.join(sorted(CONTENT_TYPE.findall(data)))
    if name == 'xl/theme/theme1.xml':
        return BETWEEN_TAGS.sub(b'><', data).strip()
    return data


def compare_parts(before, after, report):
    name = os.path.basename(before)
    with zipfile.ZipFile(before) as za, zipfile.ZipFile(after) as zb:
        parts_a = sorted(n for n in za.namelist() if not n.endswith('/'))
        parts_b = sorted(n for n in zb.namelist() if not n.endswith('/'))
        if parts_a != parts_b:
            report(name, 'parts', parts_a, parts_b)
            return
        for part in parts_a:
            a = normalised_part(part, za.read(part))
            b = normalised_part(part, zb.read(part))
            if a != b:
                at = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
                report(name, f'{part} at byte {at}', a[max(0, at - 80):at + 80], b[max(0, at - 80):at + 80])


def main():
    args = sys.argv[1:]
    limit = 20
    by_parts = '--parts' in args
    if by_parts:
        args.remove('--parts')
    if '--max-differences' in args:
        i = args.index('--max-differences')
        limit = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        print(__doc__)
        return 2
    before, after = args
    files_a = sorted(f for f in os.listdir(before) if f.endswith('.xlsx'))
    files_b = sorted(f for f in os.listdir(after) if f.endswith('.xlsx'))
    if files_a != files_b:
        print('The folders hold different workbooks:')
        print('  only before:', sorted(set(files_a) - set(files_b))[:10])
        print('  only after: ', sorted(set(files_b) - set(files_a))[:10])
        return 2
    differences = []

    def report(where, what, x, y):
        differences.append((where, what, x, y))
        if len(differences) <= limit:
            print(f'{where}: {what}\n  before: {x!r}\n  after:  {y!r}')

    for f in files_a:
        (compare_parts if by_parts else compare_workbook)(os.path.join(before, f), os.path.join(after, f), report)
    if differences:
        print(f'{len(differences)} difference(s) in {len(files_a)} workbooks')
        return 1
    print(f'{len(files_a)} workbooks, no differences')
    return 0


if __name__ == '__main__':
    sys.exit(main())
