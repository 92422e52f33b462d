package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/source"
)

// hostile is a result no loader should produce but no format may choke on.
func hostile() *finding.Result {
	return &finding.Result{
		Findings: []finding.Finding{
			{RuleID: "", Severity: "fatal", Message: "line one\nline two\r\n", Location: finding.Location{StartLine: -3, EndLine: -1}},
			{RuleID: "DL999", Severity: source.Warning, Message: "%0A,::", Location: loc("C:\\x\\y.tf", 0, 0, 0, 0),
				Related: []finding.Related{{Message: "nowhere"}}},
			{RuleID: "DL999", Severity: source.Note, Location: loc("/abs/p ath.tf", 99999, 99999, 1, 1),
				Suppression: &finding.Suppression{}},
		},
		Diagnostics: []finding.Diagnostic{{Summary: "no severity, no place"}},
	}
}

// TestFormatsSurviveOddInput runs every format over an empty result and a
// hostile one: no panic, no error, and output that parses where the format
// is structured.
func TestFormatsSurviveOddInput(t *testing.T) {
	t.Parallel()
	results := map[string]func() *finding.Result{"empty": func() *finding.Result { return &finding.Result{} }, "hostile": hostile}
	for _, name := range Names() {
		for rname, res := range results {
			t.Run(name+"/"+rname, func(t *testing.T) {
				t.Parallel()
				f, _ := Lookup(name)
				var buf bytes.Buffer
				if err := f.Format(&buf, res(), Options{ReadFile: readTestdata}); err != nil {
					t.Fatalf("Format: %v", err)
				}
				if (name == "json" || name == "sarif") && !json.Valid(buf.Bytes()) {
					t.Errorf("invalid JSON:\n%s", buf.String())
				}
				if name == "junit" {
					var doc struct{}
					if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
						t.Errorf("invalid XML: %v\n%s", err, buf.String())
					}
				}
			})
		}
	}
}

func TestEmptyResult(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		format string
		want   string
	}{
		{name: "json arrays are never null", format: "json",
			want: "{\n  \"version\": 1,\n  \"findings\": [],\n  \"diagnostics\": []\n}\n"},
		{name: "text says nothing was found", format: "text", want: "no findings in 0 files\n"},
		{name: "github prints no commands", format: "github", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, _ := Lookup(tt.format)
			var buf bytes.Buffer
			if err := f.Format(&buf, &finding.Result{}, Options{}); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, buf.String()); diff != "" {
				t.Errorf("output (-want +got):\n%s", diff)
			}
		})
	}
}

type failingWriter struct{}

var errDiskFull = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestWriteErrorsAreReturned(t *testing.T) {
	t.Parallel()
	for _, name := range Names() {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			f, _ := Lookup(name)
			err := f.Format(failingWriter{}, fixture(), goldenOptions())
			if !errors.Is(err, errDiskFull) {
				t.Errorf("Format error = %v, want one wrapping %v", err, errDiskFull)
			}
		})
	}
}

func TestSummary(t *testing.T) {
	t.Parallel()
	sev := func(s source.Severity) finding.Finding { return finding.Finding{Severity: s} }
	tests := []struct {
		name string
		res  finding.Result
		want string
	}{
		{name: "nothing", res: finding.Result{FilesScanned: 1}, want: "no findings in 1 file"},
		{name: "plurals", res: finding.Result{FilesScanned: 12,
			Findings: []finding.Finding{sev(source.Error), sev(source.Error), sev(source.Warning)}},
			want: "2 errors, 1 warning in 12 files"},
		{name: "suppressed and input problems", res: finding.Result{FilesScanned: 2,
			Findings:    []finding.Finding{sev(source.Note), {Severity: source.Error, Suppression: &finding.Suppression{}}},
			Diagnostics: []finding.Diagnostic{{}}},
			want: "1 note in 2 files (1 suppressed, 1 input problem)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(tt.want, summary(&tt.res)); diff != "" {
				t.Errorf("summary (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTextQuietAndSuppressed(t *testing.T) {
	t.Parallel()
	out := string(render(t, "text", Options{Quiet: true, ReadFile: readTestdata}))
	for _, banned := range []string{" | ", "fix:", " in 4 files", "DL015", "LogsBucket"} {
		if strings.Contains(out, banned) {
			t.Errorf("quiet output contains %q:\n%s", banned, out)
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		data     bool
		in, want string
	}{
		{name: "data keeps colons and commas", data: true, in: "a: b, 100%\r\nc", want: "a: b, 100%25%0D%0Ac"},
		{name: "property escapes separators", in: "dir,x/a:b.tf%", want: "dir%2Cx/a%3Ab.tf%25"},
		{name: "percent first, so escapes are not escaped twice", in: "%0A", want: "%250A"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := escapeProperty(tt.in)
			if tt.data {
				got = escapeData(tt.in)
			}
			if got != tt.want {
				t.Errorf("escape(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDropNulls(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{name: "members", in: `{"a":null,"b":1,"c":{"d":null,"e":"<x>"}}`, want: `{"b":1,"c":{"e":"<x>"}}`},
		{name: "array items stay", in: `[null,{"a":null},[]]`, want: `[null,{},[]]`},
		{name: "scalars", in: `"s"`, want: `"s"`},
		{name: "keys keep their order and spelling", in: `{"z":1,"$schema":"u","a\"b":2}`, want: `{"z":1,"$schema":"u","a\"b":2}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var buf bytes.Buffer
			if err := dropNulls(&buf, json.RawMessage(tt.in)); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, buf.String()); diff != "" {
				t.Errorf("dropNulls (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWriteDiagnostics(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := WriteDiagnostics(&buf, fixture().Diagnostics, goldenOptions()); err != nil {
		t.Fatal(err)
	}
	// The diagnostics open the text report, before the first finding.
	full := string(render(t, "text", goldenOptions()))
	head, _, _ := strings.Cut(full, "infra/s3.tf:10:7:")
	if diff := cmp.Diff(head, buf.String()); diff != "" {
		t.Errorf("diagnostics (-text report +WriteDiagnostics):\n%s", diff)
	}
	if err := WriteDiagnostics(failingWriter{}, fixture().Diagnostics, Options{}); !errors.Is(err, errDiskFull) {
		t.Errorf("error = %v, want one wrapping %v", err, errDiskFull)
	}
}
