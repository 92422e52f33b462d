package cloudformation

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// find follows a path of keys and indexes ("Resources", "B", "0") through
// a raw node tree.
func find(n *node, path ...string) *node {
	for _, p := range path {
		if n == nil {
			return nil
		}
		if n.kind == 4 { // Array
			i := int(p[0] - '0')
			if i >= len(n.items) {
				return nil
			}
			n = n.items[i]
			continue
		}
		n = n.get(p)
	}
	return n
}

func TestRanges(t *testing.T) {
	t.Parallel()
	yamlSrc := strings.Join([]string{
		"a: !Ref Foo",                   // 1
		"b: !GetAtt [X, Arn]",           // 2
		"c: &anchor",                    // 3
		"  x: 1",                        // 4
		"d: *anchor",                    // 5
		"e: !Sub |",                     // 6
		"  hello ${X}",                  // 7
		"  there",                       // 8
		`f: "q\"x"`,                     // 9
		"g: plain multi",                // 10
		"  line",                        // 11
		"h:",                            // 12
		"ä: ünï # comment",              // 13
		"list:",                         // 14
		"  - Effect: Allow",             // 15
		"    Action: s3:GetObject",      // 16
		"  - {Effect: Deny, Action: x}", // 17
		"k: 'it''s'",                    // 18
		"",
	}, "\n")
	jsonSrc := "{\n\t\"a\": {\"Fn::Join\": [\"\", [\"x\", {\"Ref\": \"Y\"}]]},\n\t\"b\": [1, 2e5, true, null],\n\t\"c\": {}\n}\n"
	cases := []struct {
		name, file, src string
		path            []string
		want            string
	}{
		{name: "tagged scalar", file: "t.yaml", src: yamlSrc, path: []string{"a"}, want: "1:4-1:12"},
		{name: "tagged flow sequence", file: "t.yaml", src: yamlSrc, path: []string{"b"}, want: "2:4-2:20"},
		{name: "anchored mapping", file: "t.yaml", src: yamlSrc, path: []string{"c"}, want: "3:4-4:7"},
		{name: "alias shares the anchor's range", file: "t.yaml", src: yamlSrc, path: []string{"d"}, want: "3:4-4:7"},
		{name: "literal block", file: "t.yaml", src: yamlSrc, path: []string{"e"}, want: "6:4-8:8"},
		{name: "double quoted with escape", file: "t.yaml", src: yamlSrc, path: []string{"f"}, want: "9:4-9:10"},
		{name: "plain over two lines", file: "t.yaml", src: yamlSrc, path: []string{"g"}, want: "10:4-11:7"},
		{name: "empty value", file: "t.yaml", src: yamlSrc, path: []string{"h"}, want: "12:3-12:3"},
		{name: "columns count characters", file: "t.yaml", src: yamlSrc, path: []string{"ä"}, want: "13:4-13:7"},
		{name: "statement in a block sequence", file: "t.yaml", src: yamlSrc, path: []string{"list", "0"}, want: "15:5-16:25"},
		{name: "statement in a flow mapping", file: "t.yaml", src: yamlSrc, path: []string{"list", "1"}, want: "17:5-17:30"},
		{name: "single quoted", file: "t.yaml", src: yamlSrc, path: []string{"k"}, want: "18:4-18:11"},
		{name: "whole document", file: "t.yaml", src: yamlSrc, path: nil, want: "1:1-18:11"},
		{name: "json object", file: "t.json", src: jsonSrc, path: []string{"a"}, want: "2:7-2:46"},
		{name: "json nested call", file: "t.json", src: jsonSrc, path: []string{"a", "Fn::Join", "1", "1"}, want: "2:31-2:43"},
		{name: "json array", file: "t.json", src: jsonSrc, path: []string{"b"}, want: "3:7-3:27"},
		{name: "json number", file: "t.json", src: jsonSrc, path: []string{"b", "1"}, want: "3:11-3:14"},
		{name: "json empty object", file: "t.json", src: jsonSrc, path: []string{"c"}, want: "4:7-4:9"},
		{name: "json document", file: "t.json", src: jsonSrc, path: nil, want: "1:1-5:2"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			root, diags := parse(c.file, []byte(c.src))
			if len(diags) > 0 {
				t.Fatalf("diagnostics: %v", diags)
			}
			n := find(root, c.path...)
			if n == nil {
				t.Fatalf("no node at %v", c.path)
			}
			if diff := cmp.Diff(c.want, span(n.rng)); diff != "" {
				t.Errorf("range (-want +got):\n%s", diff)
			}
		})
	}
}

func TestByteOffsets(t *testing.T) {
	t.Parallel()
	src := "ä: x\nb: !Ref Y\n"
	root, _ := parse("t.yaml", []byte(src))
	b := root.get("b")
	if got := src[b.rng.Start.Byte:b.rng.End.Byte]; got != "!Ref Y" {
		t.Errorf("bytes of b = %q, want %q", got, "!Ref Y")
	}
	a := root.get("ä")
	if got := src[a.rng.Start.Byte:a.rng.End.Byte]; got != "x" {
		t.Errorf("bytes of ä = %q, want %q", got, "x")
	}
}

func TestTags(t *testing.T) {
	t.Parallel()
	src := "a: !Ref X\nb: !GetAtt X.Arn\nc: !Condition C\nd: !!str 1\ne: !Custom y\n"
	root, _ := parse("t.yaml", []byte(src))
	got := map[string]string{}
	for _, f := range root.fields {
		got[f.key] = f.value.tag
	}
	want := map[string]string{"a": "Ref", "b": "Fn::GetAtt", "c": "Condition", "d": "", "e": "Fn::Custom"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tags (-want +got):\n%s", diff)
	}
}
