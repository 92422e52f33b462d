package config

import (
	"os"
	"testing"
)

// FuzzParse reads arbitrary bytes as a config file: never a panic, and
// every diagnostic points into the file.
func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("testdata/full.denylint.yaml"); err == nil {
		f.Add(data)
	}
	for _, seed := range []string{
		"version: 1\nrules: {enabled: [DL001], severity: {DL002: note}}\n",
		"a: &a [*a]\n", "expect:\n  - principal: x\n    can: [s3:GetObject]\n    on: [arn:aws:s3:::b/*]\n",
		"version: [1]\nexclude: 3\n", "\t:\n", "access:\n  source_ips: [999.1.1.1/40]\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		file, diags := Parse("c.yaml", data)
		if file == nil {
			t.Fatal("nil file")
		}
		for _, d := range diags {
			if d.Range.File != "c.yaml" || d.Range.Start.Line < 1 {
				t.Fatalf("diagnostic without a location: %v", d)
			}
		}
		file.Expectations()
	})
}
