package report

import (
	"fmt"
	"io"
	"testing"

	"github.com/denylint/denylint/finding"
)

// bigResult repeats the fixture's findings n times with distinct ids, the
// size of a large estate.
func bigResult(n int) *finding.Result {
	res := fixture()
	base := res.Findings
	res.Findings = nil
	for i := range n {
		for _, f := range base {
			f.Fingerprint = fmt.Sprintf("%s-%d", f.Fingerprint, i)
			res.Findings = append(res.Findings, f)
		}
	}
	return res
}

func BenchmarkFormat(b *testing.B) {
	res := bigResult(1000)
	for _, name := range Names() {
		b.Run(name, func(b *testing.B) {
			f, _ := Lookup(name)
			for b.Loop() {
				if err := f.Format(io.Discard, res, goldenOptions()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
