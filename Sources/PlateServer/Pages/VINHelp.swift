/// The "?" beside the VIN field: a drawing of both papers a VIN is read from, the VIN marked on each (as the seed
/// describes the platform's help: the certificate of conformity above, the import certificate below). Drawn here,
/// not copied: no official form or emblem.
enum VINHelp {
    /// An inline SVG, labelled for screen readers; a partial of the vehicle page.
    static let template = #"""
        <svg class="vin-help" role="img" aria-label="{{>vinHelpTitle}}" viewBox="0 0 360 300" width="360" height="300" xmlns="http://www.w3.org/2000/svg">
        <title>{{>vinHelpTitle}}</title>
        <rect x="10" y="8" width="340" height="130" rx="6" fill="#fff" stroke="#1d4e89" stroke-width="2"/>
        <text x="180" y="28" text-anchor="middle" font-size="14" fill="#1d4e89">{{#zh}}机动车整车出厂合格证{{/zh}}{{#en}}Certificate of conformity{{/en}}</text>
        <rect x="24" y="42" width="150" height="8" fill="#d7dde6"/><rect x="24" y="58" width="150" height="8" fill="#d7dde6"/><rect x="24" y="74" width="150" height="8" fill="#d7dde6"/><rect x="24" y="90" width="150" height="8" fill="#d7dde6"/>
        <rect x="20" y="104" width="320" height="24" fill="#fff3f3" stroke="#b3261e" stroke-width="2"/>
        <text x="28" y="121" font-size="12" fill="#222">{{#zh}}车辆识别代号/车架号{{/zh}}{{#en}}VIN / frame number{{/en}}</text>
        <text x="332" y="121" text-anchor="end" font-size="12" font-family="monospace" fill="#b3261e">LGBH52E05KY000001</text>
        <rect x="10" y="158" width="340" height="130" rx="6" fill="#fff" stroke="#3c6e3c" stroke-width="2"/>
        <text x="180" y="178" text-anchor="middle" font-size="14" fill="#3c6e3c">{{#zh}}货物进口证明书{{/zh}}{{#en}}Import certificate{{/en}}</text>
        <rect x="190" y="192" width="150" height="8" fill="#d7dde6"/><rect x="190" y="208" width="150" height="8" fill="#d7dde6"/><rect x="190" y="224" width="150" height="8" fill="#d7dde6"/><rect x="190" y="240" width="150" height="8" fill="#d7dde6"/>
        <rect x="20" y="190" width="160" height="24" fill="#fff3f3" stroke="#b3261e" stroke-width="2"/>
        <text x="28" y="207" font-size="12" fill="#222">{{#zh}}车架号/车辆识别代号{{/zh}}{{#en}}Frame number / VIN{{/en}}</text>
        <text x="28" y="236" font-size="12" font-family="monospace" fill="#b3261e">WDD2050421F000001</text>
        <path d="M100 214 L100 226" stroke="#b3261e" stroke-width="2"/>
        </svg>
        """#

    /// The drawing's title, twice in it (label and `<title>`).
    static let title = #"""
        {{#zh}}车辆识别代号的位置：上为机动车整车出厂合格证，下为货物进口证明书{{/zh}}{{#en}}Where the VIN is: the certificate of conformity above, the import certificate below{{/en}}
        """#
}
