package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func goldenOptions() Options {
	return Options{
		ReadFile:    readTestdata,
		ToolVersion: "0.1.0-test",
		HelpURIBase: "https://github.com/denylint/denylint/blob/main/docs/rules/",
	}
}

func TestGolden(t *testing.T) {
	t.Parallel()
	color := goldenOptions()
	color.Color = true
	quiet := goldenOptions()
	quiet.Quiet = true
	tests := []struct {
		name   string
		format string
		opts   Options
		golden string
	}{
		{name: "text", format: "text", opts: goldenOptions(), golden: "fixture.txt"},
		{name: "text in colour", format: "text", opts: color, golden: "fixture.color.txt"},
		{name: "text quiet", format: "text", opts: quiet, golden: "fixture.quiet.txt"},
		{name: "text without sources", format: "text", opts: Options{}, golden: "fixture.nosrc.txt"},
		{name: "json", format: "json", opts: goldenOptions(), golden: "fixture.json"},
		{name: "sarif", format: "sarif", opts: goldenOptions(), golden: "fixture.sarif"},
		{name: "junit", format: "junit", opts: goldenOptions(), golden: "fixture.junit.xml"},
		{name: "github", format: "github", opts: goldenOptions(), golden: "fixture.github.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := render(t, tt.format, tt.opts)
			compareGolden(t, filepath.Join("testdata", tt.golden), got)
		})
	}
}

// render formats the fixture, twice, and fails unless both runs agree byte
// for byte.
func render(t *testing.T, format string, opts Options) []byte {
	t.Helper()
	f, ok := Lookup(format)
	if !ok {
		t.Fatalf("Lookup(%q) found nothing", format)
	}
	var first, second bytes.Buffer
	if err := f.Format(&first, fixture(), opts); err != nil {
		t.Fatalf("Format: %v", err)
	}
	if err := f.Format(&second, fixture(), opts); err != nil {
		t.Fatalf("Format again: %v", err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Fatalf("two runs over the same result differ:\n%s", cmp.Diff(first.String(), second.String()))
	}
	return first.Bytes()
}

func compareGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test ./report -update): %v", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

func TestLookup(t *testing.T) {
	t.Parallel()
	want := []string{"github", "json", "junit", "sarif", "text"}
	if diff := cmp.Diff(want, Names()); diff != "" {
		t.Errorf("Names() (-want +got):\n%s", diff)
	}
	for _, name := range want {
		if _, ok := Lookup(name); !ok {
			t.Errorf("Lookup(%q) found nothing", name)
		}
	}
	if _, ok := Lookup("xml"); ok {
		t.Error(`Lookup("xml") found a format`)
	}
}
