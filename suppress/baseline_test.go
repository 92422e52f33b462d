package suppress

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/denylint/denylint/finding"
)

func TestBaselineRoundTrip(t *testing.T) {
	t.Parallel()
	found := []finding.Finding{
		{RuleID: "DL002", Fingerprint: "bbbb", Address: "aws_kms_key.k"},
		{RuleID: "DL001", Fingerprint: "aaaa", Address: "aws_s3_bucket_policy.p"},
		{RuleID: "DL001", Fingerprint: "cccc", Suppression: &finding.Suppression{Kind: InSource, Justification: "r"}},
	}
	var buf bytes.Buffer
	if err := NewBaseline(found).Write(&buf); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "baseline.json")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	b, d, err := ReadBaseline(path)
	if err != nil || d != nil {
		t.Fatal(err, d)
	}
	// The inline-suppressed finding is not written: the comment already
	// covers it.
	want := []Entry{{Fingerprint: "aaaa", RuleID: "DL001"}, {Fingerprint: "bbbb", RuleID: "DL002"}}
	if diff := cmp.Diff(want, b.Findings); diff != "" {
		t.Errorf("baseline (-want +got):\n%s", diff)
	}
	later := []finding.Finding{
		{RuleID: "DL001", Fingerprint: "aaaa"},
		{RuleID: "DL001", Fingerprint: "dddd"},
	}
	stale := b.Apply(later, "baseline.json")
	got := []string{describe(later[0].Suppression), describe(later[1].Suppression)}
	if diff := cmp.Diff([]string{"external: known finding in baseline baseline.json", ""}, got); diff != "" {
		t.Errorf("suppressions (-want +got):\n%s", diff)
	}
	if stale != 1 {
		t.Errorf("stale = %d, want 1 (bbbb was fixed)", stale)
	}
}

func TestReadBaselineErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		line       int
	}{
		{"not JSON", "{\n  \"version\": 1,\n  findings\n}", 3},
		{"no findings", `{"version": 1}`, 1},
		{"wrong version", `{"version": 2, "findings": []}`, 1},
		{"entry without fingerprint", "{\"version\": 1, \"findings\": [\n  {\"rule_id\": \"DL001\"}\n]}", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(t.TempDir(), "b.json")
			if err := os.WriteFile(path, []byte(tc.text), 0o644); err != nil {
				t.Fatal(err)
			}
			_, d, err := ReadBaseline(path)
			if err != nil || d == nil {
				t.Fatalf("want a diagnostic, got %v %v", d, err)
			}
			if d.Range.File != path || d.Range.Start.Line != tc.line {
				t.Errorf("at %s, want line %d", d.Range, tc.line)
			}
		})
	}
	if _, _, err := ReadBaseline(filepath.Join(t.TempDir(), "absent.json")); err == nil {
		t.Error("an absent baseline must be an error")
	}
}
