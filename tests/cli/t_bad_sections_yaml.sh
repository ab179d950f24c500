# A broken rules/sections.yaml is a tool failure (exit 2) with one error line
# naming the file and line; a fixed copy works again.
. "$(dirname "$0")/lib.sh" "$@"
cp -r "$SRC/rules" "$T/r"
echo 'void f(void) {}' > "$T/a.c"
printf 'code-sections:\n  - .text\niat-sections: .rdata\nwritable-sections: []\n' > "$T/r/sections.yaml"
run "$HVCILINT" check --rules-dir "$T/r" "$T/a.c" --
expect_rc 2
expect_err "sections.yaml:1: sections.yaml needs 'iat-sections' as a list of section names"
one_line_err
printf 'code-sections: []\niat-sections: []\nwritable-sections: []\nextra: [x]\n' > "$T/r/sections.yaml"
run "$HVCILINT" check --rules-dir "$T/r" "$T/a.c" --
expect_rc 2
expect_err "sections.yaml:4: unknown key 'extra'"
one_line_err
printf 'code-sections:\n  - ""\niat-sections: []\nwritable-sections: []\n' > "$T/r/sections.yaml"
run "$HVCILINT" check --rules-dir "$T/r" "$T/a.c" --
expect_rc 2
expect_err "sections.yaml:2: 'code-sections' entries must be section names"
one_line_err
# The names are data: a section listed here becomes a code section.
cp "$SRC/rules/sections.yaml" "$T/r/sections.yaml"
printf '#pragma comment(linker, "/MERGE:.rdata=MYCODE")\n' > "$T/b.c"
run "$HVCILINT" check --rules-dir "$T/r" "$T/b.c" --
expect_rc 0
printf 'code-sections:\n  - MYCODE\niat-sections:\n  - .rdata\nwritable-sections: []\n' > "$T/r/sections.yaml"
run "$HVCILINT" check --rules-dir "$T/r" "$T/b.c" --
expect_rc 1
expect_out "puts the import address table in executable section 'MYCODE' \[hvci-iat-exec\]"
exit 0
