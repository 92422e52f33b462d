package config

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/denylint/denylint/source"
)

func ptr[T any](v T) *T { return &v }

func TestParseFull(t *testing.T) {
	t.Parallel()
	f, diags, err := Read("testdata/full.denylint.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	want := &File{
		Path: "testdata/full.denylint.yaml", Version: 1, SeverityThreshold: "warning",
		Rules: Rules{
			Enabled: []string{"DL001", "DL002"}, Disabled: []string{"DL003"},
			Severity: map[string]string{"DL002": "warning"}, Dirs: []string{"policies"},
		},
		Terraform:      Terraform{Vars: map[string]string{"region": "eu-west-2", "replicas": "3"}, VarFiles: []string{"prod.tfvars"}},
		CloudFormation: CloudFormation{Params: map[string]string{"Stage": "prod"}, ParamFiles: []string{"params.json"}},
		Exclude:        []string{"test/*", "*.generated.tf"},
		Baseline:       ".denylint-baseline.json",
		Access: Access{VPCEndpoints: []string{"aws_vpc_endpoint.s3"}, Internet: ptr(false),
			SourceIPs: []string{"203.0.113.0/24", "198.51.100.7"}},
		Expect: []Expect{
			{Principal: "aws_iam_role.supervisor", Can: []string{"s3:GetObject", "kms:Decrypt"},
				On: []string{"arn:aws:s3:::acme-recordings/connect/*"}, Via: "aws_vpc_endpoint.s3"},
			{Principal: "arn:aws:iam::111122223333:role/intern", Cannot: []string{"s3:GetObject"},
				On: []string{"aws_s3_bucket.recordings"}},
		},
	}
	opts := cmp.Options{cmpopts.IgnoreUnexported(File{}), cmpopts.IgnoreFields(Expect{}, "Range")}
	if diff := cmp.Diff(want, f, opts); diff != "" {
		t.Errorf("config (-want +got):\n%s", diff)
	}
	if got := f.Where("rules.severity.DL002").String(); got != "testdata/full.denylint.yaml:8:12" {
		t.Errorf("rules.severity.DL002 at %s", got)
	}
}

func TestExpectations(t *testing.T) {
	t.Parallel()
	f, _, err := Read("testdata/full.denylint.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range f.Expectations() {
		got = append(got, fmt.Sprintf("%s %s allow=%v %v on %v via %q at %d:%d-%d:%d", e.Address, e.Principal, e.Allow,
			e.Actions, e.Resources, e.Via, e.Range.Start.Line, e.Range.Start.Column, e.Range.End.Line, e.Range.End.Column))
	}
	want := []string{
		`full.denylint.yaml#expect[0] aws_iam_role.supervisor allow=true [s3:GetObject kms:Decrypt] on [arn:aws:s3:::acme-recordings/connect/*] via "aws_vpc_endpoint.s3" at 26:5-26:5`,
		`full.denylint.yaml#expect[1] arn:aws:iam::111122223333:role/intern allow=false [s3:GetObject] on [aws_s3_bucket.recordings] via "" at 30:5-30:5`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("expectations (-want +got):\n%s", diff)
	}
}

// badConfigs are configs Parse must refuse, each with where and why. The
// schema test runs them too: the JSON Schema must refuse them as well.
var badConfigs = []struct {
	name, yaml string
	want       []string
}{
	{"unknown top-level key", "version: 1\nrulez: {}\n", []string{"2:1 unknown key"}},
	{"unknown nested key", "rules:\n  disabled: [DL001]\n  enable: [DL002]\n", []string{"3:3 unknown key"}},
	{"unknown key in an expectation", "expect:\n  - principal: r\n    can: s3:GetObject\n    on: b\n    because: x\n", []string{"5:5 unknown key"}},
	{"list where a mapping belongs", "rules: [DL001]\n", []string{"1:8 wrong type"}},
	{"mapping where a list belongs", "exclude: {a: b}\n", []string{"1:10 wrong type"}},
	{"mapping where text belongs", "baseline: {a: b}\n", []string{"1:11 wrong type"}},
	{"not a boolean", "access:\n  internet: maybe\n", []string{"2:13 wrong type"}},
	{"not a number", "version: one\n", []string{"1:10 wrong type"}},
	{"unsupported version", "version: 2\n", []string{"1:10 unsupported config version"}},
	{"unknown severity", "rules:\n  severity:\n    DL001: fatal\n", []string{"3:12 unknown severity"}},
	{"unknown threshold", "severity_threshold: loud\n", []string{"1:21 unknown severity"}},
	{"not a rule id", "rules:\n  disabled: [bucket-policy]\n", []string{"2:14 not a rule id"}},
	{"expectation without principal", "expect:\n  - can: s3:GetObject\n    on: b\n", []string{"2:5 expectation without principal"}},
	{"expectation without actions", "expect:\n  - principal: r\n    on: b\n", []string{"2:5 expectation without actions"}},
	{"expectation with both", "expect:\n  - principal: r\n    can: s3:GetObject\n    cannot: s3:PutObject\n    on: b\n", []string{"4:13 expectation with can and cannot"}},
	{"expectation without resources", "expect:\n  - principal: r\n    can: s3:GetObject\n", []string{"2:5 expectation without resources"}},
	{"not an action", "expect:\n  - principal: r\n    cannot: [s3:GetObject, GetObject]\n    on: b\n", []string{"3:28 not an action"}},
	{"not an IP", "access:\n  source_ips: [10.0.0.0/33]\n", []string{"2:16 not an IP address"}},
	{"expectations not a list", "expect: {principal: r}\n", []string{"1:9 wrong type"}},
	{"not YAML", "rules:\n  disabled: [DL001\n", []string{"1:1 config is not valid YAML"}},
	{"several problems at once", "versio: 1\nexclude: {}\n", []string{"1:1 unknown key", "2:10 wrong type"}},
}

func TestParseErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range badConfigs {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, diags := Parse(".denylint.yaml", []byte(tc.yaml))
			var got []string
			for _, d := range diags {
				if d.Severity != source.Error || d.Range.File != ".denylint.yaml" {
					t.Errorf("diagnostic %v is not an error in the file", d)
				}
				got = append(got, fmt.Sprintf("%d:%d %s", d.Range.Start.Line, d.Range.Start.Column, d.Summary))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}

// TestParseHostile feeds inputs that must give diagnostics, not panics or
// exhausted memory.
func TestParseHostile(t *testing.T) {
	t.Parallel()
	bomb := "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
	for c := 'b'; c <= 'j'; c++ {
		bomb += fmt.Sprintf("%c: &%c [*%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c]\n", c, c, c-1, c-1, c-1, c-1, c-1, c-1, c-1, c-1, c-1, c-1)
	}
	tests := []struct{ name, yaml string }{
		{"alias bomb under a list key", "exclude: &x [a]\nrules: {dirs: *x}\n" + "expect:\n" + indent(bomb)},
		{"alias bomb", bomb},
		{"tags", "version: !!str 1\n"},
		{"null values", "rules:\nexpect:\n  -\n"},
		{"scalar document", "hello\n"},
		{"empty", ""},
		{"comments only", "# nothing\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			Parse("c.yaml", []byte(tc.yaml)) // must return
		})
	}
}

func indent(s string) string {
	out := ""
	for _, line := range splitLines(s) {
		out += "  - " + line + "\n"
	}
	return out
}

func splitLines(s string) []string {
	var out []string
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != '\n' {
			i++
		}
		out = append(out, s[:i])
		if i < len(s) {
			i++
		}
		s = s[i:]
	}
	return out
}

func TestFind(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	repo := filepath.Join(root, "repo")
	deep := filepath.Join(repo, "infra", "prod")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(p string) {
		if err := os.WriteFile(p, []byte("version: 1\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(root, FileName)) // outside the repository: never used
	if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, setup, start, want string
	}{
		{"none in the repository", "", deep, ""},
		{"at the repository root", repo, deep, filepath.Join(repo, FileName)},
		{"nearest wins", filepath.Join(repo, "infra"), deep, filepath.Join(repo, "infra", FileName)},
	}
	for _, tc := range tests { // sequential: each step adds a file
		if tc.setup != "" {
			write(filepath.Join(tc.setup, FileName))
		}
		got, err := Find(tc.start)
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("%s: Find = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestResolve(t *testing.T) {
	t.Parallel()
	f := &File{Path: filepath.Join("infra", FileName)}
	tests := []struct{ name, in, want string }{
		{"relative to the config", "prod.tfvars", filepath.Join("infra", "prod.tfvars")},
		{"absolute stays", "/etc/x.tfvars", "/etc/x.tfvars"},
		{"empty stays", "", ""},
	}
	for _, tc := range tests {
		if got := f.Resolve(tc.in); got != tc.want {
			t.Errorf("%s: Resolve(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}
