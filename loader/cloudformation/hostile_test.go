package cloudformation

import (
	"bytes"
	"strings"
	"testing"

	"github.com/denylint/denylint/model"
	"github.com/google/go-cmp/cmp"
)

func aliasBomb() string {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 10; i++ {
		prev := "a" + string(rune('0'+i-1))
		cur := "a" + string(rune('0'+i))
		b.WriteString(cur + ": &" + cur + " [*" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev +
			", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + "]\n")
	}
	b.WriteString("Resources:\n  R:\n    Type: Test::Probe\n    Properties:\n      V: *a9\n")
	return b.String()
}

func TestHostileTemplates(t *testing.T) {
	t.Parallel()
	deepFlow := "Resources: " + strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
	var deepBlock strings.Builder
	deepBlock.WriteString("Resources:\n  R:\n    Type: Test::Probe\n    Properties:\n")
	for i := range 300 {
		deepBlock.WriteString(strings.Repeat(" ", 6+i) + "k:\n")
	}
	cases := []struct {
		name string
		src  []byte
		want []string
	}{
		{name: "invalid YAML", src: []byte("Resources:\n  A:\n    Type: AWS::S3::Bucket\n   Properties: x\n"),
			want: []string{"error 4:1 template is not valid YAML or JSON: did not find expected key"}},
		{name: "invalid JSON", src: []byte("{\n  \"Resources\": {\n    \"A\": [1,}\n  }\n}\n"),
			want: []string{"error 3:13 template is not valid YAML or JSON: did not find expected node content"}},
		{name: "empty file", src: nil, want: []string{"error 1:1 empty template"}},
		{name: "not a mapping", src: []byte("- a\n- b\n"), want: []string{"error 1:1 template is not a mapping"}},
		{name: "no Resources", src: []byte("AWSTemplateFormatVersion: 2010-09-09\n"), want: []string{"error 1:1 template has no Resources mapping"}},
		{name: "resource without Type", src: []byte("Resources:\n  A:\n    Properties: {}\n"), want: []string{"error 2:3 resource A has no Type"}},
		{name: "resource not a mapping", src: []byte("Resources:\n  A: 3\n"), want: []string{"error 2:6 resource A is not a mapping"}},
		{name: "duplicate key", src: []byte("Resources:\n  A: {Type: Test::X}\n  A: {Type: Test::Y}\n"),
			want: []string{`warning 3:3 duplicate key "A"`}},
		{name: "circular DependsOn", src: []byte("Resources:\n  A: {Type: Test::X, DependsOn: B}\n  B: {Type: Test::X, DependsOn: [A]}\n"),
			want: []string{"error 2:3 circular dependency between resources"}},
		{name: "DependsOn nothing", src: []byte("Resources:\n  A: {Type: Test::X, DependsOn: Nope}\n"),
			want: []string{"error 2:33 DependsOn names Nope, which is not a resource"}},
		{name: "circular Ref", src: []byte("Resources:\n  A: {Type: AWS::S3::Bucket, Properties: {BucketName: !Sub '${B}-a'}}\n  B: {Type: AWS::S3::Bucket, Properties: {BucketName: !Sub '${A}-b'}}\n"),
			want: []string{"error 2:3 circular dependency between resources"}},
		{name: "self reference", src: []byte("Resources:\n  A: {Type: AWS::S3::Bucket, Properties: {BucketName: !GetAtt A.Arn}}\n"),
			want: []string{"error 2:3 circular dependency between resources"}},
		{name: "too large", src: bytes.Repeat([]byte("#"), MaxFileSize+1), want: []string{"error 1:1 template too large"}},
		{name: "alias bomb", src: []byte(aliasBomb()), want: []string{"error 1:25 template too large to evaluate"}},
		{name: "deep flow nesting", src: []byte(deepFlow), want: []string{"error 1:1 template is not valid YAML or JSON: exceeded max depth of 10000"}},
		{name: "deep block nesting", src: []byte(deepBlock.String()), want: []string{"error 202:204 template nested deeper than 200 levels"}},
		{name: "binary", src: []byte{0xff, 0xfe, 0x00, 0x01, 0x02}, want: []string{"error 1:1 template is not valid YAML or JSON: incomplete UTF-16 character"}},
		{name: "recursive alias", src: []byte("a: &x [*x]\nResources: {}\n"), want: []string{"error 1:8 alias refers to the value that contains it"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			diags := Load(model.New(), "bad.yaml", c.src, Options{})
			var got []string
			for _, s := range summaries(diags) {
				if !strings.Contains(s, "internal error") {
					got = append(got, s)
				}
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
			for _, d := range diags {
				if d.Range.File != "bad.yaml" {
					t.Errorf("diagnostic %q is not located in the template", d.Summary)
				}
			}
		})
	}
}

// BenchmarkHostileTemplates measures what the hostile inputs cost, which
// TestHostileTemplates must not assert.
func BenchmarkHostileTemplates(b *testing.B) {
	cases := []struct {
		name string
		src  []byte
	}{
		{"alias bomb", []byte(aliasBomb())},
		{"deep flow", []byte("Resources: " + strings.Repeat("[", 20000) + strings.Repeat("]", 20000))},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				Load(model.New(), "bad.yaml", c.src, Options{})
			}
		})
	}
}
