/// The frame of every page: title, language toggle, style and the one small countdown script.
enum Layout {
    /// Where the countdown script is served: a file of this site, so the page needs no inline script.
    static let scriptPath = "/countdown.js"

    /// The page every other template extends (`{{<layout}}…{{$body}}…{{/body}}…{{/layout}}`). The style is part of
    /// the template, not a value: a value would be escaped, and a style element does not decode entities.
    static let template = #"""
        <!DOCTYPE html>
        <html lang="{{htmlLang}}">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">{{#refreshSeconds}}<meta http-equiv="refresh" content="{{.}}">{{/refreshSeconds}}
        <title>{{title}}</title>
        <style>
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;background:#f4f6f9;color:#222}
            header{background:#1d4e89;color:#fff;padding:.6em 1em;display:flex;justify-content:space-between;align-items:center}
            header a{color:#fff}.brand{font-weight:bold}main{max-width:860px;margin:1em auto;background:#fff;padding:1em 1.5em;border-radius:6px}
            .practice-banner{background:#fff4d6;border:1px solid #e0b84f;padding:.4em .8em;font-size:.9em}
            .message{padding:.6em .8em;border-radius:4px;margin:.8em 0}.rejection{background:#fde8e8;border:1px solid #d33}.notice{background:#eef3fb;border:1px solid #2b5aa0}.repeat{color:#b00020;font-weight:bold}
            .invalid{background:#fde8e8;border:1px dashed #d33}.ok{background:#e7f6e7;border:1px solid #3a3}
            form.inline{display:inline-block;margin:.15em}button{font-size:1em;padding:.35em .9em;border-radius:4px;border:1px solid #1d4e89;background:#1d4e89;color:#fff;cursor:pointer}
            button:disabled{background:#ccc;border-color:#bbb;color:#777;cursor:not-allowed}button.key{min-width:2.4em;background:#fff;color:#1d4e89}
            button.key:disabled{background:#e9ecef;color:#9aa3ad;border-color:#d7dde6;text-decoration:line-through}button.secondary{background:#fff;color:#1d4e89}
            .plate{display:inline-block;font-size:1.6em;letter-spacing:.1em;background:#1d4e89;color:#fff;padding:.2em .6em;border-radius:4px;font-family:monospace}
            .plate.active{outline:3px solid #e0b84f}.plate.nev{background:#3c9d4e}.countdown{font-weight:bold;color:#fff;background:#b3261e;padding:0 .35em;border-radius:3px}
            .sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
            table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}.tabs form button{background:#e4e7eb;color:#333;border-color:#c8cdd3}
            .tabs form button.current{background:#1d4e89;color:#fff;border-color:#1d4e89}.keyboard{background:#f3f6fa;border:1px solid #d7dde6;border-radius:6px;padding:.4em;max-width:36em}
            .vin-help{max-width:100%;height:auto}.invalid-stamp{color:#d33;font-weight:bold;font-size:1.3em;border:3px solid #d33;padding:.2em .5em;display:inline-block;transform:rotate(-4deg)}
            button.secondary:disabled,.tabs form button:disabled{background:#eee;color:#aaa;border-color:#ccc}
            .class-code{font-family:monospace;font-size:1.4em;letter-spacing:.15em}.class-code.big{font-size:4em}.sheet{text-align:center;font-size:1.3em}
            label{display:block;margin:.4em 0}input[type=text]{font-size:1em;padding:.3em;font-family:monospace}details{display:inline-block}
        </style></head>
        <body><header><span class="brand">{{#zh}}模拟选号（练习）{{/zh}}{{#en}}Practice selection (模拟选号){{/en}}</span>{{#toggleButton}}<div class="toggle">{{>button}}</div>{{/toggleButton}}{{#toggleLink}}<div class="toggle"><a href="{{href}}">{{label}}</a></div>{{/toggleLink}}</header>
        <main>
        <p class="practice-banner">{{#zh}}练习模式：不校验基础信息，不保存任何信息，所选号牌号码均无效。{{/zh}}{{#en}}Practice mode: nothing is verified or saved, and any number chosen is invalid.{{/en}}</p>
        <h1>{{title}}</h1>
        {{$body}}{{/body}}
        <div id="live" class="sr-only" aria-live="polite" data-ended="{{#zh}}倒计时结束{{/zh}}{{#en}}Countdown ended{{/en}}"></div>
        </main>
        <script src="{{scriptPath}}"></script>
        </body></html>
        """#

    /// The site's one script: countdowns, and keys without a page reload. A keyboard form (key, backspace, clear,
    /// entry, add) is posted with `fetch`; the page it redirects to replaces this one's body and focus returns to the
    /// same key (or the first enabled one). Without the script every form still posts and reloads as usual.
    static let script = """
        function countdowns(){var live=document.getElementById('live');
        document.querySelectorAll('[data-ms]').forEach(function(el){var ms=+el.dataset.ms,sp=+el.dataset.speed,end=Date.now()+ms;
        var b=el.dataset.enables?document.getElementById(el.dataset.enables):null;if(b&&ms>0)b.disabled=true;
        function tick(){if(!el.isConnected)return;var left=Math.max(0,end-Date.now());el.textContent=Math.ceil(left*sp/1000);
        if(left<=0){if(b&&!b.dataset.blocked)b.disabled=false;
        if(el.dataset.disables)document.querySelectorAll(el.dataset.disables).forEach(function(d){d.disabled=true});
        if(live&&ms>0)live.textContent=live.dataset.ended;return}setTimeout(tick,250)}tick()})}
        countdowns();
        document.addEventListener('submit',function(e){var f=e.target;
        if(!window.fetch||!/\\/(key|erase|clear|entry|add)$/.test(f.action))return;e.preventDefault();
        var k=f.querySelector('input[name=key]'),v=k?k.value:null;
        fetch(f.action,{method:'POST',body:new URLSearchParams(new FormData(f)),credentials:'same-origin'})
        .then(function(r){return r.text()}).then(function(html){
        var doc=new DOMParser().parseFromString(html,'text/html');document.body.innerHTML=doc.body.innerHTML;countdowns();
        var keys=[].slice.call(document.querySelectorAll('.keyboard button.key:not([disabled])'));
        var same=v?keys.filter(function(b){return b.textContent===v})[0]:null;var to=same||keys[0]||document.getElementById('confirm');
        if(to)to.focus();var m=document.querySelector('.message');if(m&&document.getElementById('live'))document.getElementById('live').textContent=m.textContent;
        }).catch(function(){f.submit()})});
        """
}
