. "$2/tests/cli/lib.sh" "$@"
# The HTML dashboard: one self-contained file (nothing fetched, markup from
# file names, messages and the store shown as text), rendered in headless
# Chromium with no script errors, its script run to the end (it writes a
# marker into the page) and a screenshot taken.
BUILD=$3
. "$SRC/tests/report/fixture.sh"
command -v chromium > /dev/null || fail "chromium is missing; run scripts/deps.sh test"
# The store is input too: a message, function and branch with markup.
/usr/bin/python3 - "$P/hvcilint.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("""update findings set message = '<script>alert("m")</script> & <img src=x onerror=alert(2)>',
             function = '<b>fn</b>' where run_id = 2 and line = 4 and col = 25""")
c.execute("update runs set git_branch = '<i>branch</i>&\"x\"', git_commit = 'abc123' where id = 2")
c.commit()
PY
run "$HVCILINT" report --format html -o "$T/r.html"
expect_rc 1
H=$T/r.html
# Exactly one script element (ours), no external resource at all.
[ "$(grep -o '<script' "$H" | wc -l)" -eq 1 ] || fail "markup reached the page: $(grep -n '<script' "$H")"
grep -q '<img' "$H" && fail "an <img> element reached the page"
grep -q '<b>fn</b>\|<i>branch' "$H" && fail "markup from the store reached the page"
grep -q ' src="' "$H" && fail "the page loads a resource: $(grep -o ' src="[^"]*' "$H")"
grep -Eq '<link|@import|url\(' "$H" && fail "the page loads a resource"
grep -q "default-src 'none'" "$H" || fail "no Content-Security-Policy"
# Scripts run only by hash: no 'unsafe-inline' for them, and the hash is
# the one of the page's script element.
grep -q "script-src 'unsafe-inline'" "$H" && fail "the policy lets any inline script run"
/usr/bin/python3 - "$H" <<'PY' || fail "the policy's script hash does not match the script"
import base64, hashlib, re, sys
h = open(sys.argv[1], encoding="utf-8").read()
want = re.search(r"script-src 'sha256-([A-Za-z0-9+/=]+)'", h).group(1)
body = re.search(r"<script>(.*?)</script>", h, re.S).group(1)
assert base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() == want
PY
# The escaped forms are there, so the text is shown, not dropped.
grep -qF '&lt;script&gt;alert(&quot;m&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;' "$H" || fail "message not shown escaped"
grep -qF 'src/sub/w&lt;script&gt;alert(1)&lt;\script&gt;&amp;&quot;q&#39;.c:5:31' "$H" || fail "file name not shown escaped"
grep -qF '&lt;i&gt;legacy&lt;/i&gt; &amp; &quot;ok&quot;' "$H" || fail "justification not shown escaped"
grep -qF '&lt;i&gt;branch&lt;/i&gt;&amp;&quot;x&quot;' "$H" || fail "branch not shown escaped"
# What the dashboard holds: totals, new/fixed, trend over both runs, directories.
grep -q '<b>1</b>new since the compared run' "$H" || fail "new count"
grep -q '<b>1</b>fixed since the compared run' "$H" || fail "fixed count"
[ "$(grep -c '<circle' "$H")" -eq 2 ] || fail "trend should have two runs"
grep -q 'data-filter="f-dir" data-value="src/sub"' "$H" || fail "directory counts"
grep -q 'class="fix"' "$H" || fail "fixes not shown"
grep -q 'id="rule-hvci-exec-pool"' "$H" || fail "rule help"
# Headless Chromium: DOM after the script ran, console log, screenshot.
CH="chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
 --disable-background-networking --disable-component-update --disable-sync
 --user-data-dir=$T/profile --enable-logging=stderr --v=0"
timeout 180 $CH --dump-dom "file://$H" > "$T/dom.html" 2> "$T/console.log"
[ -s "$T/dom.html" ] || fail "chromium rendered nothing: $(tail -5 "$T/console.log")"
grep -q 'Uncaught\|CONSOLE' "$T/console.log" && fail "console errors: $(grep 'Uncaught\|CONSOLE' "$T/console.log")"
grep -q 'Refused to' "$T/console.log" && fail "the policy blocked something: $(grep 'Refused to' "$T/console.log")"
grep -q '<body[^>]*data-ready="1"' "$T/dom.html" || fail "the page's script did not finish"
grep -q 'filters ready\|script-status' "$T/dom.html" && fail "leftover script status text in the page"
# Default filter "open": the fixed and the suppressed finding are hidden.
grep -q 'id="shown">2 of 4 findings shown<' "$T/dom.html" || fail "filter count: $(grep -o 'id="shown">[^<]*' "$T/dom.html")"
[ "$(grep -c '<script' "$T/dom.html")" -eq 1 ] || fail "a script element appeared in the DOM"
timeout 180 $CH --window-size=1280,2400 --screenshot="$T/shot.png" "file://$H" > /dev/null 2>&1
[ "$(head -c 8 "$T/shot.png" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] || fail "no screenshot"
[ "$(wc -c < "$T/shot.png")" -gt 20000 ] || fail "screenshot is blank"
# A run written with --no-db has nothing to compare with: no empty new/fixed
# columns, and the page says so.
"$HVCILINT" check -p "$P" --no-db --format html -o "$T/nodb.html" > /dev/null 2>&1
[ -s "$T/nodb.html" ] || fail "no page written with --no-db"
grep -q 'id="no-comparison">not compared with an earlier run' "$T/nodb.html" || fail "--no-db page does not say there is no comparison"
grep -q '<th class="n">new</th>\|<th class="n">fixed</th>\|since the compared run\|value="fixed"' "$T/nodb.html" &&
	fail "--no-db page shows new/fixed columns"
grep -q 'filters ready' "$T/nodb.html" && fail "leftover text"
mkdir -p "$BUILD/report-artifacts" && cp "$H" "$T/shot.png" "$BUILD/report-artifacts/"
# A rule catalog whose links are not http(s) or relative: no link shown.
cp -r "$SRC/rules" "$T/rules"
sed -i 's|^help-uri-base: .*|help-uri-base: "javascript:alert(1)//"|' "$T/rules/catalog.yaml"
run "$HVCILINT" report --rules-dir "$T/rules" --format html -o "$T/js.html"
expect_rc 1
grep -qi 'href="javascript:' "$T/js.html" && fail "a javascript: link reached the page"
grep -q 'Rule documentation' "$T/js.html" && fail "a link from the catalog was shown"
sed -i 's|^help-uri-base: .*|help-uri-base: "docs/rules/"|' "$T/rules/catalog.yaml"
run "$HVCILINT" report --rules-dir "$T/rules" --format html -o "$T/rel.html"
grep -q 'href="docs/rules/hvci-exec-pool' "$T/rel.html" || fail "a relative link was dropped"
exit 0
