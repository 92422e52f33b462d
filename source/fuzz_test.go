package source

import (
	"encoding/json"
	"testing"
)

// FuzzParseJSON: any bytes give a tree or a diagnostic, never both and
// never a panic; ranges stay inside the document and the parser agrees
// with encoding/json on what is valid (within the depth limit).
func FuzzParseJSON(f *testing.F) {
	for _, seed := range []string{
		`{"a": [1, "x", {"b": 2}]}`, "{\n  \"a\": [\n    1,\n    \"é\", 3\n  ]\n}",
		`[[[[[]]]]]`, `{"a":1}{`, `"\ud800"`, "{\"a\": \"\xff\"}", `1e999`, ``, `{"a":}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n, d := ParseJSON("f.json", data, Pos{Line: 3, Column: 5, Byte: 10})
		if (n == nil) == (d == nil) {
			t.Fatalf("want exactly one of node and diagnostic, got %v and %v", n, d)
		}
		if d != nil {
			if d.Range.Start.Line < 3 || d.Range.File != "f.json" {
				t.Fatalf("diagnostic not located in the document: %v", d)
			}
			return
		}
		if !json.Valid(data) {
			t.Fatalf("accepted invalid JSON %q", data)
		}
		checkRanges(t, n, len(data)+10)
	})
}

func checkRanges(t *testing.T, n *Node, end int) {
	t.Helper()
	r := n.Range
	if r.Start.Byte < 10 || r.End.Byte > end || r.Start.Byte > r.End.Byte || r.Start.Line < 3 {
		t.Fatalf("range %v outside the document (bytes 10..%d)", r, end)
	}
	for _, item := range n.Items {
		checkRanges(t, item, end)
	}
	for _, f := range n.Fields {
		checkRanges(t, f.Value, end)
	}
}
