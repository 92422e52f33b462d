package report

import (
	"bytes"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/source"
)

func TestWriteSnippet(t *testing.T) {
	t.Parallel()
	files := map[string]string{
		"a.tf":    "resource \"x\" \"y\" {\n  name = \"abc\"\n}\n",
		"tab.yml": "Resources:\n\tKey: value\n",
		"crlf.tf": "a = 1\r\nbb = 2\r\n",
		"utf8.tf": "é = \"ü\"\n",
		"long.tf": "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n",
	}
	read := func(p string) ([]byte, error) {
		if s, ok := files[p]; ok {
			return []byte(s), nil
		}
		return nil, errors.New("no such file")
	}
	tests := []struct {
		name string
		loc  finding.Location
		want string
	}{
		{name: "single line span", loc: loc("a.tf", 2, 3, 2, 15),
			want: "  2 |   name = \"abc\"\n    |   ^~~~~~~~~~~~\n"},
		{name: "empty span gets a caret", loc: loc("a.tf", 2, 3, 2, 3),
			want: "  2 |   name = \"abc\"\n    |   ^\n"},
		{name: "multi-line span marks first and last line", loc: loc("a.tf", 1, 1, 3, 2),
			want: "  1 | resource \"x\" \"y\" {\n    | ^~~~~~~~~~~~~~~~~~\n  2 |   name = \"abc\"\n  3 | }\n    | ~\n"},
		{name: "tabs are copied under the text", loc: loc("tab.yml", 2, 2, 2, 5),
			want: "  2 | \tKey: value\n    | \t^~~\n"},
		{name: "carriage returns are not shown", loc: loc("crlf.tf", 2, 1, 2, 7),
			want: "  2 | bb = 2\n    | ^~~~~~\n"},
		{name: "columns count characters", loc: loc("utf8.tf", 1, 5, 1, 8),
			want: "  1 | é = \"ü\"\n    |     ^~~\n"},
		{name: "columns past the end are clamped", loc: loc("a.tf", 3, 5, 3, 90),
			want: "  3 | }\n    |  ^\n"},
		{name: "long spans are elided", loc: loc("long.tf", 1, 1, 10, 3),
			want: "   1 | 1\n     | ^\n   2 | 2\n   3 | 3\n   4 | 4\n   … |\n   9 | 9\n  10 | 10\n     | ~~\n"},
		{name: "lines past the end print nothing", loc: loc("a.tf", 7, 1, 8, 1)},
		{name: "missing file prints nothing", loc: loc("gone.tf", 1, 1, 1, 2)},
		{name: "zero location prints nothing", loc: finding.Location{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var buf bytes.Buffer
			writeSnippet(&buf, newSources(read), tt.loc, source.Error, palette{})
			if diff := cmp.Diff(tt.want, buf.String()); diff != "" {
				t.Errorf("snippet (-want +got):\n%s", diff)
			}
		})
	}
}
