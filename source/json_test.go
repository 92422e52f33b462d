package source

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseJSONPositions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		data string
		base Pos
		// want is the start of each array item of "a", as line:col.
		want []Pos
	}{
		{"one line", `{"a": [1, "x", {"b": 2}]}`, Pos{},
			[]Pos{{1, 8, 7}, {1, 11, 10}, {1, 16, 15}}},
		{"several lines", "{\n  \"a\": [\n    1,\n    \"é\", 3\n  ]\n}", Pos{},
			[]Pos{{3, 5, 15}, {4, 5, 22}, {4, 10, 28}}},
		{"inside a heredoc", "{\"a\": [1,\n 2]}", Pos{Line: 10, Column: 5, Byte: 100},
			[]Pos{{10, 12, 107}, {11, 2, 111}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			n, d := ParseJSON("f.json", []byte(tc.data), tc.base)
			if d != nil {
				t.Fatal(d)
			}
			var got []Pos
			for _, item := range n.Get("a").Items {
				got = append(got, item.Range.Start)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("positions (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseJSONErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, data, want string
	}{
		{"truncated", "{\n  \"a\": [1,", "f.json:2:"},
		{"bad token", "{\n  \"a\": x}", "f.json:2:"},
		{"trailing data", "{} {}", "f.json:1:"},
		{"too deep", strings.Repeat("[", MaxDepth+5), "nested deeper"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, d := ParseJSON("f.json", []byte(tc.data), Pos{})
			if d == nil || !strings.Contains(d.Error(), tc.want) {
				t.Errorf("diagnostic %v, want one containing %q", d, tc.want)
			}
		})
	}
}

// BenchmarkParseJSONOneLine parses a long single-line document, the shape
// of terraform show -json output.
func BenchmarkParseJSONOneLine(b *testing.B) {
	item := `{"address":"aws_s3_bucket.b","values":{"bucket":"name","tags":{"a":"b"}}},`
	data := []byte(`{"resources":[` + strings.Repeat(item, 5000) + `{}]}`)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, d := ParseJSON("plan.json", data, Pos{}); d != nil {
			b.Fatal(d)
		}
	}
}
