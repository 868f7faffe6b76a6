/// The page's only stylesheet, inline so the file stands alone. No `<` or `&` in it: the page must parse as XML.
extension HTMLReport {
    static let stylesheet = """
        body { font-family: "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial,
                     "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
               color: #222222; background: #FFFFFF; max-width: 980px; margin: 0 auto; padding: 24px; line-height: 1.45; font-size: 15px; }
        h1 { font-size: 27px; margin: 2px 0 6px; }
        h2 { font-size: 20px; border-bottom: 2px solid #0072B2; padding-bottom: 3px; margin: 34px 0 10px; }
        h3 { font-size: 16px; margin: 20px 0 6px; }
        .kicker { color: #666666; font-size: 12.5px; letter-spacing: 0.04em; margin: 0; }
        .description { font-size: 16px; margin: 0 0 8px; }
        .banner { padding: 10px 14px; font-size: 16px; margin: 14px 0; border-left: 8px solid #888888; background: #F2F2F2; }
        .banner.pass { background: #E3EFF7; border-color: #0072B2; }
        .banner.fail { background: #FBE7DC; border-color: #D55E00; }
        table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13.5px; }
        table.data th, table.data td { border-bottom: 1px solid #DDDDDD; padding: 4px 10px; text-align: left; vertical-align: top; }
        table.data thead th { border-bottom: 2px solid #444444; background: #F4F4F4; }
        table.data tbody tr:nth-child(even) { background: #FAFAFA; }
        table.data td.num, table.data th.num { text-align: right; font-variant-numeric: tabular-nums; }
        table.data td.num, table.data code, .unbroken, .pass, .fail { white-space: nowrap; }
        table.data th { white-space: normal; }
        table.meta th { text-align: left; padding: 3px 16px 3px 0; color: #555555; font-weight: normal; white-space: nowrap; vertical-align: top; }
        table.meta td { padding: 3px 0; overflow-wrap: anywhere; }
        .table-wrap { overflow-x: auto; }
        .lows { display: flex; flex-wrap: wrap; gap: 4px 28px; align-items: flex-start; }
        .lows h4 { font-size: 13.5px; margin: 8px 0 0; }
        .lows table { margin-top: 4px; }
        code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; background: #F2F2F2; padding: 0 3px; }
        .pass { color: #005B8F; font-weight: bold; }
        .fail { color: #A84300; font-weight: bold; }
        nav ol { columns: 2; margin: 4px 0; }
        nav h2 { font-size: 15px; border: none; margin: 18px 0 0; }
        figure.chart { margin: 14px 0 22px; }
        svg.chart { display: block; width: 100%; height: auto; max-width: 900px; font-family: inherit; }
        svg.chart text { font-family: inherit; }
        figcaption { font-size: 13px; color: #444444; margin-top: 4px; max-width: 900px; }
        footer { margin-top: 36px; border-top: 1px solid #DDDDDD; font-size: 12.5px; color: #666666; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          nav { display: none; }
          h2 { margin-top: 18px; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          figure.chart, svg.chart { break-inside: avoid; page-break-inside: avoid; }
          svg.chart, figcaption { max-width: 100%; }
          table { font-size: 8.5pt; }
          .lows table { font-size: 7.5pt; }
          table.data th, table.data td { padding: 2px 5px; }
          table.data .unbroken { white-space: normal; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; page-break-inside: avoid; }
          .table-wrap { overflow: visible; }
          .banner, table.data thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          a { color: inherit; text-decoration: none; }
        }

        """
}
