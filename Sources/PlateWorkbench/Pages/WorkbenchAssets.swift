/// The workbench's stylesheet and its one script (no inline script runs: the pages' policy forbids it).
enum WorkbenchAssets {
    static let css = """
        body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0; color: #1d2733; }
        header { background: #1f4e8c; color: #fff; padding: .6em 1.2em; display: flex; gap: 1em; align-items: center; }
        header a.home { color: #fff; font-weight: bold; text-decoration: none; }
        header .who { margin-left: auto; }
        main { padding: 1em 1.5em; max-width: 90em; }
        [lang=en] { color: #5a6675; font-size: .9em; }
        header [lang=en] { color: #d7e3f4; }
        header button [lang=en] { color: #5a6675; }
        form.inline { display: inline; }
        .message { border-left: 4px solid #c0392b; background: #fdecea; padding: .4em 1em; }
        .error { color: #c0392b; font-size: .85em; }
        input.invalid { border: 2px solid #c0392b; }
        table { border-collapse: collapse; }
        th, td { border-bottom: 1px solid #d5dbe3; padding: .3em .5em; text-align: left; vertical-align: top; }
        .meaning { font-size: .85em; } .expects { font-size: .8em; color: #5a6675; }
        td.now { font-family: monospace; }
        td.now .note, td.now .dated, td.now details { font-family: sans-serif; font-size: .8em; color: #5a6675; max-width: 22em; }
        td.now .dated { color: #8a5a00; }
        .status.done { color: #1e7b3a; } .status.failed, .status.interrupted { color: #c0392b; }
        a.button, button { display: inline-block; padding: .3em .8em; border: 1px solid #1f4e8c; border-radius: 4px;
          background: #e9f0fa; color: #1f4e8c; text-decoration: none; cursor: pointer; font: inherit; }
        pre.command, pre.console { background: #f4f6f9; padding: .6em; overflow-x: auto; white-space: pre-wrap; }
        iframe.report { width: 100%; height: 70em; border: 1px solid #d5dbe3; }
        progress { width: 24em; }
        label { margin-right: 1em; }
        form.sign-in label { display: block; margin: .6em 0; }
        """

    /// Fills an upload's text from its file; updates a running study's progress bar every two seconds without
    /// reloading, and reloads once it settles.
    static let script = """
        (function () {
          // An upload's file input fills the text area (and the name), so the form posts plain text.
          Array.prototype.forEach.call(document.querySelectorAll('input[type=file][data-fills]'), function (input) {
            input.addEventListener('change', function () {
              var file = input.files[0];
              if (!file) { return; }
              var reader = new FileReader();
              reader.onload = function () {
                document.getElementById(input.getAttribute('data-fills')).value = reader.result;
                var name = input.form.querySelector('[name=' + input.getAttribute('data-names') + ']');
                if (name && !name.value) { name.value = file.name; }
              };
              reader.readAsText(file);
            });
          });
        })();
        (function () {
          var box = document.querySelector('[data-progress]');
          if (!box) { return; }
          var bar = box.querySelector('progress'), text = box.querySelector('.progress-text'), eta = box.querySelector('.eta');
          function tick() {
            fetch(box.getAttribute('data-progress'), {credentials: 'same-origin'}).then(function (r) { return r.json(); })
              .then(function (p) {
                if (p.status !== 'queued' && p.status !== 'running') { location.reload(); return; }
                bar.max = Math.max(p.total, 1); bar.value = p.done;
                text.textContent = p.done + ' / ' + p.total + ' 次运行 runs';
                eta.textContent = p.seconds_left === null ? '' : '约剩 ' + p.seconds_left + ' 秒 about ' + p.seconds_left + ' s left';
                setTimeout(tick, 2000);
              }).catch(function () { setTimeout(tick, 5000); });
          }
          setTimeout(tick, 1000);
        })();
        """
}
